using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LatsarBot.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class WhatsAppWindowAndStatuses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "DeliveredAt",
                table: "outbox",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Outcome",
                table: "outbox",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PlatformMessageId",
                table: "outbox",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ReadAt",
                table: "outbox",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "outbox_platform_ids",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OutboxMessageId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_platform_ids", x => x.Id);
                    table.ForeignKey(
                        name: "FK_outbox_platform_ids_outbox_OutboxMessageId",
                        column: x => x.OutboxMessageId,
                        principalTable: "outbox",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_Status_Outcome",
                table: "outbox",
                columns: new[] { "Status", "Outcome" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_platform_ids_OutboxMessageId",
                table: "outbox_platform_ids",
                column: "OutboxMessageId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "outbox_platform_ids");

            migrationBuilder.DropIndex(
                name: "IX_outbox_Status_Outcome",
                table: "outbox");

            migrationBuilder.DropColumn(
                name: "DeliveredAt",
                table: "outbox");

            migrationBuilder.DropColumn(
                name: "Outcome",
                table: "outbox");

            migrationBuilder.DropColumn(
                name: "PlatformMessageId",
                table: "outbox");

            migrationBuilder.DropColumn(
                name: "ReadAt",
                table: "outbox");
        }
    }
}
