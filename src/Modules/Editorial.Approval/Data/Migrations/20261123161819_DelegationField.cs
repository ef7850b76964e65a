using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Editorial.Approval.Data.Migrations
{
    /// <inheritdoc />
    public partial class DelegationField : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "FieldId",
                table: "WorkflowDelegations",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FieldId",
                table: "WorkflowDelegations");
        }
    }
}
