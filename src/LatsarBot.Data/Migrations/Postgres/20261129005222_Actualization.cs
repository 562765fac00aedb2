using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace LatsarBot.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Actualization : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "actualization_plans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ParticipantId = table.Column<int>(type: "integer", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_actualization_plans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_actualization_plans_people_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "actualization_activities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ExpectedOutput = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Values = table.Column<int>(type: "integer", nullable: false),
                    MissionLink = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    FinishedAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_actualization_activities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_actualization_activities_actualization_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "actualization_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "actualization_log",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ParticipantId = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    DayNumber = table.Column<int>(type: "integer", nullable: false),
                    PlannedActivityId = table.Column<int>(type: "integer", nullable: false),
                    WhatWasDone = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Values = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    EditedAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_actualization_log", x => x.Id);
                    table.ForeignKey(
                        name: "FK_actualization_log_actualization_activities_PlannedActivityId",
                        column: x => x.PlannedActivityId,
                        principalTable: "actualization_activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_actualization_log_people_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "actualization_evidence",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LogEntryId = table.Column<int>(type: "integer", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: true),
                    OriginalName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    StoragePath = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_actualization_evidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_actualization_evidence_actualization_log_LogEntryId",
                        column: x => x.LogEntryId,
                        principalTable: "actualization_log",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_actualization_activities_PlanId",
                table: "actualization_activities",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_actualization_evidence_LogEntryId",
                table: "actualization_evidence",
                column: "LogEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_actualization_evidence_Sha256",
                table: "actualization_evidence",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_actualization_log_ParticipantId_Date",
                table: "actualization_log",
                columns: new[] { "ParticipantId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_actualization_log_PlannedActivityId",
                table: "actualization_log",
                column: "PlannedActivityId");

            migrationBuilder.CreateIndex(
                name: "IX_actualization_plans_ParticipantId",
                table: "actualization_plans",
                column: "ParticipantId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "actualization_evidence");

            migrationBuilder.DropTable(
                name: "actualization_log");

            migrationBuilder.DropTable(
                name: "actualization_activities");

            migrationBuilder.DropTable(
                name: "actualization_plans");
        }
    }
}
