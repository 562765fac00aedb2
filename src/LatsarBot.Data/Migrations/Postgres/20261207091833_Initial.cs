using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace LatsarBot.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "channel_values",
                columns: table => new
                {
                    Channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Value = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_channel_values", x => new { x.Channel, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "conversations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ConversationId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    StateJson = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    NextSequence = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conversations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inbound_activities",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ActivityId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ConversationId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReceivedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbound_activities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "institutions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContactName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ContactPhone = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ContactEmail = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_institutions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "outbox",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ConversationId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PayloadJson = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    NotBefore = table.Column<long>(type: "bigint", nullable: false),
                    SentAt = table.Column<long>(type: "bigint", nullable: true),
                    LastError = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    InboundId = table.Column<long>(type: "bigint", nullable: true),
                    LeaseOwner = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    LeaseUntil = table.Column<long>(type: "bigint", nullable: true),
                    PersonId = table.Column<int>(type: "integer", nullable: true),
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Batch = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox", x => x.Id);
                    table.ForeignKey(
                        name: "FK_outbox_inbound_activities_InboundId",
                        column: x => x.InboundId,
                        principalTable: "inbound_activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "cohorts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InstitutionId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cohorts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cohorts_institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "classes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CohortId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_classes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_classes_cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "people",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InstitutionId = table.Column<int>(type: "integer", nullable: false),
                    Nip = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    TimeZone = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Language = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    EnrolmentCodeHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    FailedCodeAttempts = table.Column<int>(type: "integer", nullable: false),
                    LockedUntil = table.Column<long>(type: "bigint", nullable: true),
                    ProfileConfirmedAt = table.Column<long>(type: "bigint", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ClassId = table.Column<int>(type: "integer", nullable: true),
                    Agency = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Ndh = table.Column<int>(type: "integer", nullable: true),
                    CoachId = table.Column<int>(type: "integer", nullable: true),
                    MentorId = table.Column<int>(type: "integer", nullable: true),
                    StaffRole = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Expertise = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_people", x => x.Id);
                    table.ForeignKey(
                        name: "FK_people_classes_ClassId",
                        column: x => x.ClassId,
                        principalTable: "classes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_people_institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_people_people_CoachId",
                        column: x => x.CoachId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_people_people_MentorId",
                        column: x => x.MentorId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "phase_dates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CohortId = table.Column<int>(type: "integer", nullable: false),
                    ClassId = table.Column<int>(type: "integer", nullable: true),
                    Phase = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_phase_dates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_phase_dates_classes_ClassId",
                        column: x => x.ClassId,
                        principalTable: "classes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_phase_dates_cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

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
                name: "announcements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InstitutionId = table.Column<int>(type: "integer", nullable: false),
                    AuthorId = table.Column<int>(type: "integer", nullable: true),
                    Audience = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CohortId = table.Column<int>(type: "integer", nullable: true),
                    ClassId = table.Column<int>(type: "integer", nullable: true),
                    AudienceRole = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    AudienceLabel = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    ScheduledFor = table.Column<long>(type: "bigint", nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    TriggerSetAt = table.Column<long>(type: "bigint", nullable: true),
                    FannedOutAt = table.Column<long>(type: "bigint", nullable: true),
                    UnreachableAtEnqueue = table.Column<int>(type: "integer", nullable: false),
                    CancelledAt = table.Column<long>(type: "bigint", nullable: true),
                    ReportedAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_announcements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_announcements_institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_announcements_people_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "channel_identities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ChannelUserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ConversationId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PersonId = table.Column<int>(type: "integer", nullable: false),
                    Proof = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    BoundAt = table.Column<long>(type: "bigint", nullable: false),
                    UnreachableAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_channel_identities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_channel_identities_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "class_teachings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ClassId = table.Column<int>(type: "integer", nullable: false),
                    StaffId = table.Column<int>(type: "integer", nullable: false),
                    Agenda = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    Stage = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_class_teachings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_class_teachings_classes_ClassId",
                        column: x => x.ClassId,
                        principalTable: "classes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_class_teachings_people_StaffId",
                        column: x => x.StaffId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                name: "facilitator_assignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ClassId = table.Column<int>(type: "integer", nullable: false),
                    Agenda = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    StaffId = table.Column<int>(type: "integer", nullable: false),
                    AssignedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_facilitator_assignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_facilitator_assignments_classes_ClassId",
                        column: x => x.ClassId,
                        principalTable: "classes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_facilitator_assignments_people_StaffId",
                        column: x => x.StaffId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "mooc_progress",
                columns: table => new
                {
                    ParticipantId = table.Column<int>(type: "integer", nullable: false),
                    WelcomeSeenAt = table.Column<long>(type: "bigint", nullable: true),
                    CurrentUnitId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    HiddenOnLeaderboard = table.Column<bool>(type: "boolean", nullable: false),
                    CompletedAt = table.Column<long>(type: "bigint", nullable: true)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ParticipantId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    StartedAt = table.Column<long>(type: "bigint", nullable: false),
                    DeadlineAt = table.Column<long>(type: "bigint", nullable: true),
                    ItemsJson = table.Column<string>(type: "text", nullable: false),
                    AnswersJson = table.Column<string>(type: "text", nullable: false),
                    FinishedAt = table.Column<long>(type: "bigint", nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RawScore = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    Passed = table.Column<bool>(type: "boolean", nullable: false),
                    RecordedScore = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ParticipantId = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ConsumedAt = table.Column<long>(type: "bigint", nullable: true),
                    BestQuizRatio = table.Column<decimal>(type: "numeric(5,4)", precision: 5, scale: 4, nullable: false),
                    QuizAttempts = table.Column<int>(type: "integer", nullable: false),
                    TrophyAt = table.Column<long>(type: "bigint", nullable: true)
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
                name: "IX_actualization_follow_ups_ParticipantId",
                table: "actualization_follow_ups",
                column: "ParticipantId",
                unique: true);

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
                name: "IX_announcements_AuthorId",
                table: "announcements",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_announcements_InstitutionId_Id",
                table: "announcements",
                columns: new[] { "InstitutionId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_announcements_Status_ScheduledFor",
                table: "announcements",
                columns: new[] { "Status", "ScheduledFor" });

            migrationBuilder.CreateIndex(
                name: "IX_channel_identities_Channel_ChannelUserId",
                table: "channel_identities",
                columns: new[] { "Channel", "ChannelUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_channel_identities_PersonId",
                table: "channel_identities",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_class_teachings_ClassId_StaffId_Stage_Agenda",
                table: "class_teachings",
                columns: new[] { "ClassId", "StaffId", "Stage", "Agenda" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_class_teachings_StaffId",
                table: "class_teachings",
                column: "StaffId");

            migrationBuilder.CreateIndex(
                name: "IX_classes_CohortId_Name",
                table: "classes",
                columns: new[] { "CohortId", "Name" },
                unique: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_InstitutionId_Name",
                table: "cohorts",
                columns: new[] { "InstitutionId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_conversations_Channel_ConversationId",
                table: "conversations",
                columns: new[] { "Channel", "ConversationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_facilitator_assignments_ClassId_Agenda",
                table: "facilitator_assignments",
                columns: new[] { "ClassId", "Agenda" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_facilitator_assignments_StaffId",
                table: "facilitator_assignments",
                column: "StaffId");

            migrationBuilder.CreateIndex(
                name: "IX_inbound_activities_Channel_ActivityId",
                table: "inbound_activities",
                columns: new[] { "Channel", "ActivityId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_institutions_Name",
                table: "institutions",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_Batch_Status",
                table: "outbox",
                columns: new[] { "Batch", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_Channel_ConversationId_Sequence",
                table: "outbox",
                columns: new[] { "Channel", "ConversationId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_Channel_ConversationId_Status_Id",
                table: "outbox",
                columns: new[] { "Channel", "ConversationId", "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_InboundId",
                table: "outbox",
                column: "InboundId");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_Key",
                table: "outbox",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_Status_Channel_NotBefore",
                table: "outbox",
                columns: new[] { "Status", "Channel", "NotBefore" });

            migrationBuilder.CreateIndex(
                name: "IX_people_ClassId",
                table: "people",
                column: "ClassId");

            migrationBuilder.CreateIndex(
                name: "IX_people_CoachId",
                table: "people",
                column: "CoachId");

            migrationBuilder.CreateIndex(
                name: "IX_people_InstitutionId",
                table: "people",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_people_MentorId",
                table: "people",
                column: "MentorId");

            migrationBuilder.CreateIndex(
                name: "IX_people_Nip",
                table: "people",
                column: "Nip",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_people_Phone",
                table: "people",
                column: "Phone");

            migrationBuilder.CreateIndex(
                name: "IX_phase_dates_ClassId",
                table: "phase_dates",
                column: "ClassId");

            migrationBuilder.CreateIndex(
                name: "IX_phase_dates_CohortId_ClassId_Phase",
                table: "phase_dates",
                columns: new[] { "CohortId", "ClassId", "Phase" },
                unique: true);

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
                name: "actualization_evidence");

            migrationBuilder.DropTable(
                name: "actualization_follow_ups");

            migrationBuilder.DropTable(
                name: "actualization_reviews");

            migrationBuilder.DropTable(
                name: "announcements");

            migrationBuilder.DropTable(
                name: "channel_identities");

            migrationBuilder.DropTable(
                name: "channel_values");

            migrationBuilder.DropTable(
                name: "class_teachings");

            migrationBuilder.DropTable(
                name: "coaching_messages");

            migrationBuilder.DropTable(
                name: "conversations");

            migrationBuilder.DropTable(
                name: "facilitator_assignments");

            migrationBuilder.DropTable(
                name: "mooc_progress");

            migrationBuilder.DropTable(
                name: "outbox");

            migrationBuilder.DropTable(
                name: "phase_dates");

            migrationBuilder.DropTable(
                name: "posttest_attempts");

            migrationBuilder.DropTable(
                name: "unit_progress");

            migrationBuilder.DropTable(
                name: "actualization_log");

            migrationBuilder.DropTable(
                name: "coaching_threads");

            migrationBuilder.DropTable(
                name: "inbound_activities");

            migrationBuilder.DropTable(
                name: "actualization_activities");

            migrationBuilder.DropTable(
                name: "actualization_plans");

            migrationBuilder.DropTable(
                name: "people");

            migrationBuilder.DropTable(
                name: "classes");

            migrationBuilder.DropTable(
                name: "cohorts");

            migrationBuilder.DropTable(
                name: "institutions");
        }
    }
}
