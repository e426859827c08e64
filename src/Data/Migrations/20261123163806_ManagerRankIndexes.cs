using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BotApp.Data.Migrations
{
    /// <inheritdoc />
    public partial class ManagerRankIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_GroupCustomers_AccountManagerId",
                table: "GroupCustomers");

            migrationBuilder.DropIndex(
                name: "IX_GroupCustomers_ServiceManagerId",
                table: "GroupCustomers");

            migrationBuilder.CreateIndex(
                name: "IX_GroupCustomers_AccountManagerId_Grade_GradeRevenue",
                table: "GroupCustomers",
                columns: new[] { "AccountManagerId", "Grade", "GradeRevenue" });

            migrationBuilder.CreateIndex(
                name: "IX_GroupCustomers_ServiceManagerId_Grade_GradeRevenue",
                table: "GroupCustomers",
                columns: new[] { "ServiceManagerId", "Grade", "GradeRevenue" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_GroupCustomers_AccountManagerId_Grade_GradeRevenue",
                table: "GroupCustomers");

            migrationBuilder.DropIndex(
                name: "IX_GroupCustomers_ServiceManagerId_Grade_GradeRevenue",
                table: "GroupCustomers");

            migrationBuilder.CreateIndex(
                name: "IX_GroupCustomers_AccountManagerId",
                table: "GroupCustomers",
                column: "AccountManagerId");

            migrationBuilder.CreateIndex(
                name: "IX_GroupCustomers_ServiceManagerId",
                table: "GroupCustomers",
                column: "ServiceManagerId");
        }
    }
}
