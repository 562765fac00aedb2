using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace LatsarBot.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ActualizationReport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "actualization_follow_ups",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ParticipantId = table.Column<int>(type: "integer", nullable: false),
                    Rtl = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Outline = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    PromptedAt = table.Column<long>(type: "bigint", nullable: true),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_actualization_follow_ups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_actualization_follow_ups_people_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_actualization_follow_ups_ParticipantId",
                table: "actualization_follow_ups",
                column: "ParticipantId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "actualization_follow_ups");
        }
    }
}
