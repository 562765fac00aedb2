using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LatsarBot.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TeachingAssignment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Expertise",
                table: "people",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "class_teachings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ClassId = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffId = table.Column<int>(type: "INTEGER", nullable: false),
                    Agenda = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
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
                name: "facilitator_assignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ClassId = table.Column<int>(type: "INTEGER", nullable: false),
                    Agenda = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    StaffId = table.Column<int>(type: "INTEGER", nullable: false),
                    AssignedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                name: "IX_facilitator_assignments_ClassId_Agenda",
                table: "facilitator_assignments",
                columns: new[] { "ClassId", "Agenda" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_facilitator_assignments_StaffId",
                table: "facilitator_assignments",
                column: "StaffId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "class_teachings");

            migrationBuilder.DropTable(
                name: "facilitator_assignments");

            migrationBuilder.DropColumn(
                name: "Expertise",
                table: "people");
        }
    }
}
