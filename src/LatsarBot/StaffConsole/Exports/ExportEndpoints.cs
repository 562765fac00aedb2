using System.Globalization;
using System.Text;
using LatsarBot.Data;
using LatsarBot.Data.Audit;
using LatsarBot.Exports;
using Microsoft.EntityFrameworkCore;
using static LatsarBot.StaffConsole.ConsoleHtml;

namespace LatsarBot.StaffConsole.Exports;

/// <summary>
/// /console/kelas/{classId}/ekspor/{kind}.{format}: a class's Evaluasi 1, attendance or actualization progress as CSV or
/// XLSX, built by <see cref="ExportTables"/> (the CLI's `export`) over the participants the signed-in scope may see.
/// </summary>
public static class ExportEndpoints
{
    public static RouteGroupBuilder MapConsoleExports(this RouteGroupBuilder console)
    {
        console.MapGet($"/kelas/{{{ConsoleAccessHandler.ClassId}:int}}/ekspor/{{kind}}.{{format}}", ExportAsync).RequireAuthorization(ConsoleAccess.Policy);
        return console;
    }

    /// <summary>The links on the class page, for those who may export.</summary>
    public static string Links(int classId, ConsoleUser user)
    {
        if (!ConsoleRoles.ManagesData(user))
        {
            return "";
        }

        var id = classId.ToString(CultureInfo.InvariantCulture);
        var html = new StringBuilder("<section aria-labelledby=\"data-kelas\"><h2 id=\"data-kelas\">").Append(Bi("Data kelas", "Class data")).Append("</h2><ul>")
            .Append("<li><a href=\"/console/kelas/").Append(id).Append("/impor\">").Append(Bi("Impor daftar peserta (CSV/XLSX)", "Import the roster (CSV/XLSX)")).Append("</a></li>");
        foreach (var (kind, indonesian, english) in new[]
                 {
                     (ExportKind.Evaluasi1, "Evaluasi 1", "Evaluasi 1"),
                     (ExportKind.Attendance, "Kehadiran", "Attendance"),
                     (ExportKind.Actualization, "Progres aktualisasi", "Actualization progress"),
                 })
        {
            html.Append("<li>").Append(Bi(indonesian, english)).Append(':');
            foreach (var format in new[] { ExportFormat.Csv, ExportFormat.Xlsx })
            {
                html.Append(" <a href=\"/console/kelas/").Append(id).Append("/ekspor/").Append(kind.Slug()).Append('.').Append(format.Extension()).Append("\">")
                    .Append(format.Extension().ToUpperInvariant()).Append("</a>");
            }

            html.Append("</li>");
        }

        return html.Append("</ul></section>").ToString();
    }

    private static async Task<IResult> ExportAsync(
        int classId, string kind, string format, HttpContext http, LatsarDb db, ExportTables tables, TimeProvider clock, CancellationToken cancellationToken)
    {
        var user = (await ConsoleUser.OfAsync(http, cancellationToken))!;
        if (!ConsoleRoles.ManagesData(user))
        {
            return ConsoleRoles.Forbidden(http, user);
        }

        if (ExportKinds.TryParse(kind) is not { } exportKind || ExportFormats.TryParse(format) is not { } exportFormat)
        {
            return Page(http, "Tidak ditemukan", "Not found", $"<p>{Bi("Ekspor ini tidak ada.", "There is no such export.")}</p>", user, StatusCodes.Status404NotFound);
        }

        var kelas = await db.Classes.Where(c => c.Id == classId)
            .Select(c => new { c.Name, Cohort = c.Cohort!.Name, c.Cohort.InstitutionId }).SingleAsync(cancellationToken);
        var participants = ConsoleAccess.Participants(db, user.Scope).Where(p => p.ClassId == classId);
        var table = await tables.BuildAsync(exportKind, participants, cancellationToken);
        using var buffer = new MemoryStream();
        await ExportWriter.WriteAsync(table, exportFormat, buffer, cancellationToken);

        // Taking personal data out is worth a line in the log, though it changes nothing.
        await AuditLog.RecordAsync(db, clock.GetUtcNow(), new AuditActor(user.StaffId, user.Name, user.Role, user.InstitutionId), AuditActions.Export,
            $"{kelas.Name} · {kelas.Cohort}", $"{exportKind.Slug()} {exportFormat.Extension()}, {table.Rows.Count} participants",
            AuditOrigin.Console(http.Connection.RemoteIpAddress), kelas.InstitutionId, cancellationToken);
        var name = $"{exportKind.Slug()}-{FileSafe(kelas.Cohort)}-{FileSafe(kelas.Name)}.{exportFormat.Extension()}";
        return Results.File(buffer.ToArray(), exportFormat.ContentType(), name);
    }

    private static string FileSafe(string text) =>
        new string(text.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray()).Trim('-');
}
