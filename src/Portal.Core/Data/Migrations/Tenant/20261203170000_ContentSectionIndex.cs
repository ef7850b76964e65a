using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Core.Data.Migrations.Tenant
{
    /// <inheritdoc />
    public partial class ContentSectionIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_SectionId_PublishedUtc",
                table: "ContentItems",
                columns: new[] { "SectionId", "PublishedUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ContentItems_SectionId_PublishedUtc",
                table: "ContentItems");
        }
    }
}
