using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LatsarBot.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OutboxIndexesOffTheReplyPath : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_outbox_Status_FallbackAt",
                table: "outbox");

            migrationBuilder.DropIndex(
                name: "IX_outbox_Status_Outcome",
                table: "outbox");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_Status_FallbackAt",
                table: "outbox",
                columns: new[] { "Status", "FallbackAt" },
                filter: "\"FallbackAt\" IS NULL AND \"Status\" IN ('Failed', 'Held')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_outbox_Status_FallbackAt",
                table: "outbox");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_Status_FallbackAt",
                table: "outbox",
                columns: new[] { "Status", "FallbackAt" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_Status_Outcome",
                table: "outbox",
                columns: new[] { "Status", "Outcome" });
        }
    }
}
