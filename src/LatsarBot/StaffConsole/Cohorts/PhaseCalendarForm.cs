using System.Globalization;
using System.Text;
using LatsarBot.Core.Schedule;
using LatsarBot.Data;
using LatsarBot.Data.Audit;
using LatsarBot.Data.Schedule;
using LatsarBot.StaffConsole.Audit;
using Microsoft.EntityFrameworkCore;
using static LatsarBot.StaffConsole.ConsoleForms;
using static LatsarBot.StaffConsole.ConsoleHtml;

namespace LatsarBot.StaffConsole.Cohorts;

/// <summary>
/// The phase calendar as a form (a date pair per phase), for a cohort or one class's own dates, and its saving through
/// <see cref="Calendar.CalendarEditor.ApplyAsync"/>: the same rules, start-date moves and reminder rebuild as `calendar set`.
/// </summary>
public static class PhaseCalendarForm
{
    public static string Render(HttpContext http, string action, Func<Phase, (DateOnly From, DateOnly To)?> dates, string buttonId, string buttonEn)
    {
        var rows = new StringBuilder("<div class=\"table-wrap\"><table class=\"jadwal\"><thead><tr><th scope=\"col\">")
            .Append(Bi("Fase", "Phase")).Append("</th><th scope=\"col\">").Append(Bi("Mulai", "From")).Append("</th><th scope=\"col\">").Append(Bi("Selesai", "To")).Append("</th></tr></thead><tbody>");
        foreach (var phase in Enum.GetValues<Phase>())
        {
            var value = dates(phase);
            var (id, en) = PhaseName(phase);
            rows.Append("<tr><th scope=\"row\">").Append(Bi(id, en)).Append("</th>")
                .Append(DateInput(phase, "from", $"{id}: mulai", value?.From)).Append(DateInput(phase, "to", $"{id}: selesai", value?.To)).Append("</tr>");
        }

        rows.Append("</tbody></table></div><p>").Append(Button(buttonId, buttonEn)).Append("</p>");
        return Form(http, action, rows.ToString());
    }

    /// <summary>Reads the posted dates and applies them as the CLI does (saved, start dates moved, reminders rebuilt); the problems, bilingual HTML, when refused.</summary>
    public static async Task<IReadOnlyList<string>> SetAsync(HttpContext http, LatsarDb db, ConsoleUser user, int cohortId, int? classId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        var form = await http.Request.ReadFormAsync(cancellationToken);
        var settings = new List<PhaseSetting>();
        var problems = new List<string>();
        foreach (var phase in Enum.GetValues<Phase>())
        {
            var (fromText, toText) = (form[$"{phase.Code()}_from"].ToString().Trim(), form[$"{phase.Code()}_to"].ToString().Trim());
            if (fromText.Length == 0 && toText.Length == 0)
            {
                continue;
            }

            var (id, en) = PhaseName(phase);
            if (!DateOnly.TryParseExact(fromText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
                || !DateOnly.TryParseExact(toText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to))
            {
                problems.Add(Bi($"{id}: isi tanggal mulai dan selesai (TTTT-BB-HH).", $"{en}: fill in both dates (YYYY-MM-DD)."));
                continue;
            }

            settings.Add(new PhaseSetting(classId, phase, from, to));
        }

        if (problems.Count == 0 && settings.Count > 0)
        {
            var change = await http.RequestServices.GetRequiredService<Calendar.CalendarEditor>().ApplyAsync(cohortId, settings, cancellationToken);
            if (change.Accepted)
            {
                // The editor has saved (and rescheduled) already, so the entry follows in its own save.
                var cohort = await db.Cohorts.AsNoTracking().Where(c => c.Id == cohortId).Select(c => new { c.Name, c.InstitutionId }).SingleAsync(cancellationToken);
                var className = classId is { } id ? await db.Classes.AsNoTracking().Where(c => c.Id == id).Select(c => c.Name).SingleAsync(cancellationToken) : null;
                var detail = string.Join("; ", settings.Select(s => $"{s.Phase.Code()} {s.From:yyyy-MM-dd}..{s.To:yyyy-MM-dd}"));
                await using (await http.RequestServices.GetRequiredService<SqliteWriteGate>().EnterAsync(db, cancellationToken))
                {
                    await AuditLog.RecordAsync(db, ConsoleAudit.Now(http), ConsoleAudit.Actor(user), AuditActions.CalendarSet,
                        className is null ? cohort.Name : $"{className} · {cohort.Name}", detail, ConsoleAudit.Origin(http), cohort.InstitutionId, cancellationToken);
                }
            }
            // The rule sentences come from Core in English; the Indonesian line before them says what happened.
            problems.AddRange(change.Problems.Select(p => Bi("Jadwal ditolak: aturan fase dilanggar.", p)));
        }

        return problems;
    }

    public static (string Indonesian, string English) PhaseName(Phase phase) => phase switch
    {
        Phase.Mooc => ("MOOC", "MOOC"),
        Phase.Online => ("Pembelajaran daring", "Online learning"),
        Phase.Actualization => ("Aktualisasi", "Actualization"),
        Phase.Classical => ("Klasikal", "Classical"),
        _ => ("Kelulusan", "Graduation"),
    };

    private static string DateInput(Phase phase, string end, string label, DateOnly? value) =>
        $"<td><input type=\"date\" name=\"{phase.Code()}_{end}\" aria-label=\"{E(label)}\" value=\"{value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\"></td>";
}
