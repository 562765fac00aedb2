using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace LatsarBot.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CoachingThreads : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "actualization_reviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LogEntryId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    ReviewerId = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_actualization_reviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_actualization_reviews_actualization_log_LogEntryId",
                        column: x => x.LogEntryId,
                        principalTable: "actualization_log",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_actualization_reviews_people_ReviewerId",
                        column: x => x.ReviewerId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "coaching_threads",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ParticipantId = table.Column<int>(type: "integer", nullable: false),
                    LastMessageAt = table.Column<long>(type: "bigint", nullable: false),
                    WaitingSince = table.Column<long>(type: "bigint", nullable: true),
                    DueAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_coaching_threads", x => x.Id);
                    table.ForeignKey(
                        name: "FK_coaching_threads_people_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "coaching_messages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ThreadId = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AuthorId = table.Column<int>(type: "integer", nullable: false),
                    Author = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    SentAt = table.Column<long>(type: "bigint", nullable: false),
                    LogEntryId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_coaching_messages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_coaching_messages_actualization_log_LogEntryId",
                        column: x => x.LogEntryId,
                        principalTable: "actualization_log",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_coaching_messages_coaching_threads_ThreadId",
                        column: x => x.ThreadId,
                        principalTable: "coaching_threads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_coaching_messages_people_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_actualization_reviews_LogEntryId_Kind",
                table: "actualization_reviews",
                columns: new[] { "LogEntryId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_actualization_reviews_ReviewerId",
                table: "actualization_reviews",
                column: "ReviewerId");

            migrationBuilder.CreateIndex(
                name: "IX_coaching_messages_AuthorId",
                table: "coaching_messages",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_coaching_messages_Key",
                table: "coaching_messages",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_coaching_messages_LogEntryId",
                table: "coaching_messages",
                column: "LogEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_coaching_messages_ThreadId_SentAt",
                table: "coaching_messages",
                columns: new[] { "ThreadId", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_coaching_threads_DueAt",
                table: "coaching_threads",
                column: "DueAt");

            migrationBuilder.CreateIndex(
                name: "IX_coaching_threads_ParticipantId",
                table: "coaching_threads",
                column: "ParticipantId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "actualization_reviews");

            migrationBuilder.DropTable(
                name: "coaching_messages");

            migrationBuilder.DropTable(
                name: "coaching_threads");
        }
    }
}
