using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LatsarBot.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OutboxDeliveryFactsAside : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "DeliveredAt",
                table: "outbox_platform_ids",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Last",
                table: "outbox_platform_ids",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "ReadAt",
                table: "outbox_platform_ids",
                type: "bigint",
                nullable: true);

            // The facts a platform reported go with the wamid that was the row's last message.
            migrationBuilder.Sql("""
                UPDATE "outbox_platform_ids" SET "Last" = TRUE,
                    "DeliveredAt" = (SELECT o."DeliveredAt" FROM "outbox" o WHERE o."Id" = "outbox_platform_ids"."OutboxMessageId"),
                    "ReadAt" = (SELECT o."ReadAt" FROM "outbox" o WHERE o."Id" = "outbox_platform_ids"."OutboxMessageId")
                WHERE EXISTS (SELECT 1 FROM "outbox" o WHERE o."Id" = "outbox_platform_ids"."OutboxMessageId" AND o."PlatformMessageId" = "outbox_platform_ids"."Id");
                """);

            migrationBuilder.DropColumn(
                name: "DeliveredAt",
                table: "outbox");

            migrationBuilder.DropColumn(
                name: "PlatformMessageId",
                table: "outbox");

            migrationBuilder.DropColumn(
                name: "ReadAt",
                table: "outbox");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "DeliveredAt",
                table: "outbox",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PlatformMessageId",
                table: "outbox",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ReadAt",
                table: "outbox",
                type: "bigint",
                nullable: true);

            migrationBuilder.Sql("""
                UPDATE "outbox" SET "PlatformMessageId" = p."Id", "DeliveredAt" = p."DeliveredAt", "ReadAt" = p."ReadAt"
                FROM "outbox_platform_ids" p WHERE p."OutboxMessageId" = "outbox"."Id" AND p."Last" = TRUE;
                """);

            migrationBuilder.DropColumn(
                name: "DeliveredAt",
                table: "outbox_platform_ids");

            migrationBuilder.DropColumn(
                name: "Last",
                table: "outbox_platform_ids");

            migrationBuilder.DropColumn(
                name: "ReadAt",
                table: "outbox_platform_ids");
        }
    }
}
