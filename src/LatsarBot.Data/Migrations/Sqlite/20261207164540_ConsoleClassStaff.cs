using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LatsarBot.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ConsoleClassStaff : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "class_staff",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ClassId = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffId = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_class_staff", x => x.Id);
                    table.ForeignKey(
                        name: "FK_class_staff_classes_ClassId",
                        column: x => x.ClassId,
                        principalTable: "classes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_class_staff_people_StaffId",
                        column: x => x.StaffId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_class_staff_ClassId_StaffId_Role",
                table: "class_staff",
                columns: new[] { "ClassId", "StaffId", "Role" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_class_staff_StaffId",
                table: "class_staff",
                column: "StaffId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "class_staff");
        }
    }
}
