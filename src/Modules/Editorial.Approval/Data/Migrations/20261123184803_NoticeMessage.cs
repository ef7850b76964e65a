using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Editorial.Approval.Data.Migrations
{
    /// <inheritdoc />
    public partial class NoticeMessage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Message",
                table: "WorkflowNotices",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Message",
                table: "WorkflowNotices");
        }
    }
}
