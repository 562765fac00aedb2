using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace LatsarBot.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DeliveryLedgerAndLastUsedChannel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "FallbackAt",
                table: "outbox",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FallbackChannel",
                table: "outbox",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LastActiveAt",
                table: "channel_identities",
                type: "bigint",
                nullable: true);

            // Rows that ended before this release were reported as they were; marking them handled keeps the fallback from
            // offering old failures to another channel on the first pass after the upgrade.
            migrationBuilder.Sql("UPDATE outbox SET \"FallbackAt\" = \"CreatedAt\" WHERE \"Status\" <> 'Pending'");

            migrationBuilder.CreateTable(
                name: "delivery_attempts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MessageKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OutboxId = table.Column<long>(type: "bigint", nullable: false),
                    PersonId = table.Column<int>(type: "integer", nullable: true),
                    Batch = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    At = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_delivery_attempts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_Status_FallbackAt",
                table: "outbox",
                columns: new[] { "Status", "FallbackAt" });

            migrationBuilder.CreateIndex(
                name: "IX_delivery_attempts_Batch_PersonId",
                table: "delivery_attempts",
                columns: new[] { "Batch", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_delivery_attempts_MessageKey",
                table: "delivery_attempts",
                column: "MessageKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "delivery_attempts");

            migrationBuilder.DropIndex(
                name: "IX_outbox_Status_FallbackAt",
                table: "outbox");

            migrationBuilder.DropColumn(
                name: "FallbackAt",
                table: "outbox");

            migrationBuilder.DropColumn(
                name: "FallbackChannel",
                table: "outbox");

            migrationBuilder.DropColumn(
                name: "LastActiveAt",
                table: "channel_identities");
        }
    }
}
