using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BotApp.Data.Migrations
{
    /// <inheritdoc />
    public partial class PlanApprovalsAndNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Outbox_ConversationReferenceId",
                table: "Outbox");

            migrationBuilder.AddColumn<long>(
                name: "ExpiryRemindedAt",
                table: "Plans",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ActivityId",
                table: "Outbox",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CardKey",
                table: "Outbox",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RemindedAt",
                table: "ApprovalSteps",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RouteReason",
                table: "ApprovalSteps",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_ConversationReferenceId_CardKey",
                table: "Outbox",
                columns: new[] { "ConversationReferenceId", "CardKey" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Outbox_ConversationReferenceId_CardKey",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "ExpiryRemindedAt",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "ActivityId",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "CardKey",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "RemindedAt",
                table: "ApprovalSteps");

            migrationBuilder.DropColumn(
                name: "RouteReason",
                table: "ApprovalSteps");

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_ConversationReferenceId",
                table: "Outbox",
                column: "ConversationReferenceId");
        }
    }
}
