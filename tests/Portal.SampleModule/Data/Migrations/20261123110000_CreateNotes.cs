using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.SampleModule.Data.Migrations;

/// <summary>The module's first schema: notes with text only. Written by hand (no designer file needed).</summary>
[DbContext(typeof(NotesDbContext))]
[Migration(MigrationId)]
public sealed class CreateNotes : Migration
{
    public const string MigrationId = "20261123110000_CreateNotes";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "TestNotes",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                Text = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_TestNotes", x => x.Id));
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "TestNotes");
}
