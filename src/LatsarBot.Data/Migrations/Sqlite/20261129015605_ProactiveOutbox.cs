using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LatsarBot.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProactiveOutbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Batch",
                table: "outbox",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Key",
                table: "outbox",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PersonId",
                table: "outbox",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_Batch_Status",
                table: "outbox",
                columns: new[] { "Batch", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_Key",
                table: "outbox",
                column: "Key",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_outbox_Batch_Status",
                table: "outbox");

            migrationBuilder.DropIndex(
                name: "IX_outbox_Key",
                table: "outbox");

            migrationBuilder.DropColumn(
                name: "Batch",
                table: "outbox");

            migrationBuilder.DropColumn(
                name: "Key",
                table: "outbox");

            migrationBuilder.DropColumn(
                name: "PersonId",
                table: "outbox");
        }
    }
}
