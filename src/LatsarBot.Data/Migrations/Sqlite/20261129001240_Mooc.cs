using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LatsarBot.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Mooc : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "mooc_progress",
                columns: table => new
                {
                    ParticipantId = table.Column<int>(type: "INTEGER", nullable: false),
                    WelcomeSeenAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CurrentUnitId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    HiddenOnLeaderboard = table.Column<bool>(type: "INTEGER", nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mooc_progress", x => x.ParticipantId);
                    table.ForeignKey(
                        name: "FK_mooc_progress_people_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "posttest_attempts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ParticipantId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DeadlineAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ItemsJson = table.Column<string>(type: "TEXT", nullable: false),
                    AnswersJson = table.Column<string>(type: "TEXT", nullable: false),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RawScore = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: false),
                    RecordedScore = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_posttest_attempts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_posttest_attempts_people_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "unit_progress",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ParticipantId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ConsumedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    BestQuizRatio = table.Column<decimal>(type: "TEXT", precision: 5, scale: 4, nullable: false),
                    QuizAttempts = table.Column<int>(type: "INTEGER", nullable: false),
                    TrophyAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_unit_progress", x => x.Id);
                    table.ForeignKey(
                        name: "FK_unit_progress_people_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_posttest_attempts_ParticipantId_Number",
                table: "posttest_attempts",
                columns: new[] { "ParticipantId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_unit_progress_ParticipantId_UnitId",
                table: "unit_progress",
                columns: new[] { "ParticipantId", "UnitId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "mooc_progress");

            migrationBuilder.DropTable(
                name: "posttest_attempts");

            migrationBuilder.DropTable(
                name: "unit_progress");
        }
    }
}
