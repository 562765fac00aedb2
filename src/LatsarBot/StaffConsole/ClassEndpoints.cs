using System.Globalization;
using System.Text;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Mooc;
using Microsoft.EntityFrameworkCore;
using static LatsarBot.StaffConsole.ConsoleHtml;

namespace LatsarBot.StaffConsole;

/// <summary>/console: the cohorts and classes in scope; /console/kelas/{classId}: a class's participants at a glance.</summary>
public static class ClassEndpoints
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    public static RouteGroupBuilder MapConsoleClasses(this RouteGroupBuilder console)
    {
        console.MapGet("", ClassListAsync).RequireAuthorization(ConsoleAccess.Policy);
        console.MapGet($"/kelas/{{{ConsoleAccessHandler.ClassId}:int}}", ClassPageAsync).RequireAuthorization(ConsoleAccess.Policy);
        return console;
    }

    private static async Task<IResult> ClassListAsync(HttpContext http, LatsarDb db, CancellationToken cancellationToken)
    {
        var user = (await ConsoleUser.OfAsync(http, cancellationToken))!;
        var classes = await ConsoleAccess.Classes(db, user.Scope)
            .OrderBy(c => c.Cohort!.Institution!.Name).ThenBy(c => c.Cohort!.Name).ThenBy(c => c.Name)
            .Select(c => new { c.Id, c.Name, Cohort = c.Cohort!.Name, Institution = c.Cohort.Institution!.Name })
            .ToListAsync(cancellationToken);
        var counts = await ConsoleAccess.Participants(db, user.Scope).GroupBy(p => p.ClassId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

        var body = new StringBuilder();
        if (classes.Count == 0)
        {
            body.Append("<p class=\"note\">").Append(Bi("Belum ada kelas dalam cakupan Anda.", "No class in your scope yet.")).Append("</p>");
        }
        else
        {
            body.Append("<div class=\"table-wrap\"><table><thead><tr>")
                .Append("<th scope=\"col\">").Append(Bi("Lembaga", "Institution")).Append("</th>")
                .Append("<th scope=\"col\">").Append(Bi("Angkatan", "Cohort")).Append("</th>")
                .Append("<th scope=\"col\">").Append(Bi("Kelas", "Class")).Append("</th>")
                .Append("<th scope=\"col\" class=\"num\">").Append(Bi("Peserta", "Participants")).Append("</th></tr></thead><tbody>");
            foreach (var c in classes)
            {
                body.Append("<tr><td>").Append(E(c.Institution)).Append("</td><td>").Append(E(c.Cohort))
                    .Append("</td><td><a href=\"/console/kelas/").Append(c.Id.ToString(CultureInfo.InvariantCulture)).Append("\">").Append(E(c.Name)).Append("</a></td>")
                    .Append("<td class=\"num\">").Append(counts.GetValueOrDefault(c.Id).ToString(CultureInfo.InvariantCulture)).Append("</td></tr>");
            }

            body.Append("</tbody></table></div>");
        }

        return Page(http, "Angkatan dan kelas", "Cohorts and classes", body.ToString(), user);
    }

    private static async Task<IResult> ClassPageAsync(int classId, HttpContext http, LatsarDb db, Evaluasi1Report report, CancellationToken cancellationToken)
    {
        var user = (await ConsoleUser.OfAsync(http, cancellationToken))!;
        var kelas = await db.Classes.Where(c => c.Id == classId)
            .Select(c => new { c.Name, Cohort = c.Cohort!.Name, Institution = c.Cohort.Institution!.Name }).SingleAsync(cancellationToken);
        var rows = await ClassTable.RowsAsync(db, report, user.Scope, classId, cancellationToken);

        var body = new StringBuilder();
        body.Append("<p>").Append(E(kelas.Cohort)).Append(" · ").Append(E(kelas.Institution)).Append("</p>");
        if (user.Role == Role.Coach)
        {
            body.Append("<p class=\"note\">").Append(Bi("Hanya peserta bimbingan Anda.", "Only the participants you coach.")).Append("</p>");
        }

        body.Append("<div class=\"table-wrap\"><table id=\"peserta\"><caption>")
            .Append(Bi($"{rows.Count} peserta", $"{rows.Count} participants")).Append("</caption><thead><tr>")
            .Append(Header("NDH", "Roll no.", num: true)).Append(Header("Nama", "Name")).Append(Header("NIP", "NIP"))
            .Append(Header("Trofi", "Trophies", num: true)).Append(Header("Bintang", "Stars", num: true))
            .Append(Header("Post test: percobaan", "Post-test attempts", num: true)).Append(Header("Nilai akademik", "Academic score", num: true))
            .Append(Header("Hari aktualisasi tercatat", "Actualization days logged", num: true)).Append(Header("Terakhir aktif", "Last active"))
            .Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            var m = row.Mooc;
            body.Append("<tr>")
                .Append(Cell(row.Ndh?.ToString(CultureInfo.InvariantCulture) ?? "–", num: true)).Append(Cell(m.Name)).Append(Cell(m.Nip))
                .Append(Cell($"{m.Trophies} (K {m.TrophiesK} · S1 {m.TrophiesS1} · S2 {m.TrophiesS2})", num: true))
                .Append(Cell(m.Stars.ToString("0.#", Indonesian), num: true))
                .Append(Cell(m.PostTestAttempts.ToString(CultureInfo.InvariantCulture), num: true))
                .Append(Cell(m.AcademicScore?.ToString("0.00", Indonesian) ?? "–", num: true))
                .Append(Cell($"{row.ActualizationDays}/30", num: true))
                .Append(Cell(row.LastActive is { } last ? $"{user.TimeZone.ToLocal(last).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} {user.TimeZone.Label()}" : "–"))
                .Append("</tr>");
        }

        body.Append("</tbody></table></div>");
        body.Append(Exports.ExportEndpoints.Links(classId, user));
        return Page(http, kelas.Name, "Class", body.ToString(), user);
    }

    private static string Header(string indonesian, string english, bool num = false) =>
        $"<th scope=\"col\"{(num ? " class=\"num\"" : "")}>{Bi(indonesian, english)}</th>";

    private static string Cell(string text, bool num = false) => $"<td{(num ? " class=\"num\"" : "")}>{E(text)}</td>";
}
