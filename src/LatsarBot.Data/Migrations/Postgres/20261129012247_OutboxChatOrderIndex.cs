using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LatsarBot.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OutboxChatOrderIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_outbox_Channel_ConversationId_Status_Id",
                table: "outbox",
                columns: new[] { "Channel", "ConversationId", "Status", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_outbox_Channel_ConversationId_Status_Id",
                table: "outbox");
        }
    }
}
