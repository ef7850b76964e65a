using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.SampleModule.Data.Migrations;

/// <summary>The module's second schema step: an additive column, so existing rows survive the upgrade.</summary>
[DbContext(typeof(NotesDbContext))]
[Migration(MigrationId)]
public sealed class AddPinned : Migration
{
    public const string MigrationId = "20261123110100_AddPinned";

    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<bool>(name: "Pinned", table: "TestNotes", type: "INTEGER", nullable: false, defaultValue: false);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn(name: "Pinned", table: "TestNotes");
}
