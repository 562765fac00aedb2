using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LatsarBot.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class KeyedCodeHashes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "CodeHash",
                table: "staff_sign_ins",
                type: "character varying(80)",
                maxLength: 80,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64);

            migrationBuilder.AlterColumn<string>(
                name: "EnrolmentCodeHash",
                table: "people",
                type: "character varying(80)",
                maxLength: 80,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64,
                oldNullable: true);

            // Codes hashed before had no key: a copy of the database gave them up. They cannot be rehashed (the code
            // is not known), so outstanding enrolment codes are withdrawn (the console shows "no code"; an organiser
            // reissues them) and open console sign-ins expire (the person asks for a new code, as after 10 minutes).
            migrationBuilder.Sql("""UPDATE people SET "EnrolmentCodeHash" = NULL WHERE "EnrolmentCodeHash" IS NOT NULL AND "EnrolmentCodeHash" NOT LIKE 'k1$%';""");
            migrationBuilder.Sql("""UPDATE staff_sign_ins SET "ExpiresAt" = "CreatedAt" WHERE "UsedAt" IS NULL AND "CodeHash" NOT LIKE 'k1$%';""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "CodeHash",
                table: "staff_sign_ins",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(80)",
                oldMaxLength: 80);

            migrationBuilder.AlterColumn<string>(
                name: "EnrolmentCodeHash",
                table: "people",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(80)",
                oldMaxLength: 80,
                oldNullable: true);
        }
    }
}
