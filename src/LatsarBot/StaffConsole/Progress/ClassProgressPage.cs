using System.Globalization;
using System.Text;
using LatsarBot.Bot.Channels;
using LatsarBot.Core.Participants;
using LatsarBot.Core.Schedule;
using LatsarBot.Data;
using LatsarBot.Data.Schedule;
using LatsarBot.Mooc;
using Microsoft.EntityFrameworkCore;
using static LatsarBot.StaffConsole.ConsoleForms;
using static LatsarBot.StaffConsole.ConsoleHtml;

namespace LatsarBot.StaffConsole.Progress;

/// <summary>
/// /console/kelas/{classId}: the class table, filtered and sorted by the query string (<see cref="ClassFilter"/>): a GET
/// form for the filters, column headers as sort links, the saved "stragglers before the MOOC closes" filter as a link.
/// </summary>
public static class ClassProgressPage
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    public static async Task<IResult> RenderAsync(int classId, HttpContext http, LatsarDb db, Evaluasi1Report report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        var user = (await ConsoleUser.OfAsync(http, cancellationToken))!;
        var (filter, problems) = ClassFilter.Parse(http.Request.Query);
        if (problems.Count > 0)
        {
            return Page(http, "Filter tidak terbaca", "Unreadable filter", Error(Bi("Filter ini tidak dapat dibaca: " + string.Join("; ", problems), "This filter cannot be read.")),
                user, StatusCodes.Status400BadRequest);
        }

        var kelas = await db.Classes.AsNoTracking().Where(c => c.Id == classId)
            .Select(c => new { c.Name, c.CohortId, Cohort = c.Cohort!.Name, Institution = c.Cohort.Institution!.Name }).SingleAsync(cancellationToken);
        var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        var all = await ProgressRow.ForClassAsync(db, report, user.Scope, classId, now, cancellationToken);
        var rows = filter.Apply(all, user.TimeZone);
        var channels = http.RequestServices.GetRequiredService<ChannelDirectory>();
        var path = $"/console/kelas/{Id(classId)}";

        var body = new StringBuilder("<p>").Append(E(kelas.Cohort)).Append(" · ").Append(E(kelas.Institution)).Append("</p><p>")
            .Append("<a href=\"").Append(path).Append("/grafik\">").Append(Bi("Grafik kemajuan", "Progress charts")).Append("</a>");
        if (ConsoleAccess.CanManage(user.Scope))
        {
            body.Append(" · <a href=\"").Append(path).Append("/atur\">").Append(Bi("Kelola kelas", "Manage class")).Append("</a> · <a href=\"")
                .Append(path).Append("/kode\">").Append(Bi("Kode pendaftaran", "Enrolment codes")).Append("</a>");
        }

        body.Append("</p>");
        if (user.Role == Role.Coach)
        {
            body.Append("<p class=\"note\">").Append(Bi("Hanya peserta bimbingan Anda.", "Only the participants you coach.")).Append("</p>");
        }
        else if (user.Role == Role.Mentor)
        {
            body.Append("<p class=\"note\">").Append(Bi("Hanya peserta yang Anda mentori.", "Only the participants you mentor.")).Append("</p>");
        }

        await AppendSavedFilterAsync(body, db, kelas.CohortId, classId, path, user.TimeZone.ToLocal(now), http.Request.Query["simpan"].ToString(), cancellationToken);
        AppendFilterForm(body, filter, path, all.Select(r => r.Channel).OfType<string>().Distinct().Order(StringComparer.Ordinal), channels);

        var caption = filter.IsEmpty
            ? Bi($"{rows.Count} peserta", $"{rows.Count} participants")
            : Bi($"{rows.Count} dari {all.Count} peserta ({filter.Describe()})", $"{rows.Count} of {all.Count} participants");
        body.Append("<div class=\"table-wrap\"><table id=\"peserta\"><caption>").Append(caption).Append("</caption><thead><tr>")
            .Append(Sortable(filter, path, ClassFilter.SortNdh, "NDH", "Roll no.", num: true)).Append(Sortable(filter, path, ClassFilter.SortName, "Nama", "Name"))
            .Append(Header("NIP", "NIP"))
            .Append(Sortable(filter, path, ClassFilter.SortTrophies, "Trofi", "Trophies", num: true)).Append(Sortable(filter, path, ClassFilter.SortStars, "Bintang", "Stars", num: true))
            .Append(Header("Minimum", "Minimums"))
            .Append(Sortable(filter, path, ClassFilter.SortAttempts, "Post test: percobaan", "Post-test attempts", num: true))
            .Append(Sortable(filter, path, ClassFilter.SortScore, "Nilai akademik", "Academic score", num: true))
            .Append(Sortable(filter, path, ClassFilter.SortDays, "Hari aktualisasi tercatat", "Actualization days logged", num: true))
            .Append(Header("Balasan coach", "Coach reply")).Append(Sortable(filter, path, ClassFilter.SortLastActive, "Terakhir aktif", "Last active"))
            .Append(Header("Kanal", "Channel"))
            .Append("</tr></thead><tbody>");
        foreach (var progress in rows)
        {
            var (row, m) = (progress.Row, progress.Row.Mooc);
            body.Append("<tr>")
                .Append(Cell(row.Ndh?.ToString(CultureInfo.InvariantCulture) ?? "–", num: true))
                .Append("<td><a href=\"/console/peserta/").Append(Id(row.ParticipantId)).Append("\">").Append(E(m.Name)).Append("</a></td>").Append(Cell(m.Nip))
                .Append(Cell($"{m.Trophies} (K {m.TrophiesK} · S1 {m.TrophiesS1} · S2 {m.TrophiesS2})", num: true))
                .Append(Cell(m.Stars.ToString("0.#", Indonesian), num: true))
                .Append("<td>").Append(m.AttitudeScore is null ? Bi("Belum", "Not met") : Bi("Terpenuhi", "Met")).Append("</td>")
                .Append(Cell(m.PostTestAttempts.ToString(CultureInfo.InvariantCulture), num: true))
                .Append(Cell(m.AcademicScore?.ToString("0.00", Indonesian) ?? "–", num: true))
                .Append(Cell($"{row.ActualizationDays}/30", num: true))
                .Append("<td>").Append(progress.ReplyOverdue ? Bi("Lewat tenggat", "Overdue") : progress.ReplyWaiting ? Bi("Menunggu", "Waiting") : "–").Append("</td>")
                .Append(Cell(row.LastActive is { } last ? $"{user.TimeZone.ToLocal(last).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} {user.TimeZone.Label()}" : "–"))
                .Append(Cell(progress.Channel is { } c ? channels.DisplayName(c) : "–"))
                .Append("</tr>");
        }

        body.Append("</tbody></table></div>");
        body.Append(Exports.ExportEndpoints.Links(classId, user));
        return Page(http, kelas.Name, "Class", body.ToString(), user);
    }

    /// <summary>The saved filter as a link, and when it is chosen, where the MOOC's closing stands.</summary>
    private static async Task AppendSavedFilterAsync(StringBuilder body, LatsarDb db, int cohortId, int classId, string path, DateTimeOffset localNow, string saved, CancellationToken cancellationToken)
    {
        body.Append("<p>").Append(Bi("Filter tersimpan:", "Saved filter:")).Append(" <a id=\"filter-mooc3\" href=\"").Append(path).Append("?simpan=").Append(ClassFilter.SavedMoocStragglers).Append("\">")
            .Append(Bi($"Trofi < {ClassFilter.StragglerTrophies}, {ClassFilter.StragglerDaysBeforeClose} hari sebelum MOOC ditutup",
                $"Fewer than {ClassFilter.StragglerTrophies} trophies, {ClassFilter.StragglerDaysBeforeClose} days before the MOOC closes"))
            .Append("</a></p>");
        if (saved != ClassFilter.SavedMoocStragglers)
        {
            return;
        }

        var calendar = PhaseCalendar.For(await PhaseCalendars.RowsAsync(db, cohortId, cancellationToken), classId);
        var today = DateOnly.FromDateTime(localNow.DateTime);
        body.Append("<p class=\"note\" id=\"mooc-close\">");
        if (calendar[Phase.Mooc] is not { } mooc)
        {
            body.Append(Bi("Jadwal MOOC belum diisi; filter menampilkan peserta dengan trofi kurang dari 28.", "The MOOC has no dates yet; showing everyone under 28 trophies."));
        }
        else
        {
            var left = mooc.To.DayNumber - today.DayNumber;
            var remind = mooc.To.AddDays(-ClassFilter.StragglerDaysBeforeClose);
            body.Append(left < 0
                ? Bi($"MOOC ditutup {mooc.To:yyyy-MM-dd}.", "The MOOC has closed.")
                : Bi($"MOOC ditutup {mooc.To:yyyy-MM-dd}, {left} hari lagi; saat pengingat: {remind:yyyy-MM-dd}.", $"The MOOC closes in {left} days; reminder day {remind:yyyy-MM-dd}."));
        }

        body.Append("</p>");
    }

    private static void AppendFilterForm(StringBuilder body, ClassFilter filter, string path, IEnumerable<string> seen, ChannelDirectory channels)
    {
        var options = new StringBuilder("<option value=\"\">").Append("Semua / All").Append("</option>");
        foreach (var channel in seen)
        {
            options.Append("<option value=\"").Append(E(channel)).Append('"').Append(channel == filter.Channel ? " selected" : "").Append('>').Append(E(channels.DisplayName(channel))).Append("</option>");
        }

        string Selected(bool? value) => filter.PostTestPassed == value ? " selected" : "";
        body.Append("<form method=\"get\" action=\"").Append(path).Append("\" class=\"filters\" aria-label=\"Filter\">")
            .Append("<div><label for=\"trofi_lt\">").Append(Bi("Trofi kurang dari", "Trophies below")).Append("</label><input id=\"trofi_lt\" name=\"trofi_lt\" type=\"number\" min=\"0\" value=\"")
            .Append(filter.TrophiesBelow?.ToString(CultureInfo.InvariantCulture)).Append("\"></div>")
            .Append("<div><label for=\"posttest\">Post test</label><select id=\"posttest\" name=\"posttest\"><option value=\"\"").Append(Selected(null)).Append(">Semua / All</option>")
            .Append("<option value=\"belum\"").Append(Selected(false)).Append(">Belum lulus / not passed</option><option value=\"lulus\"").Append(Selected(true)).Append(">Lulus / passed</option></select></div>")
            .Append("<div><label for=\"hari_lt\">").Append(Bi("Hari tercatat kurang dari", "Days logged below")).Append("</label><input id=\"hari_lt\" name=\"hari_lt\" type=\"number\" min=\"0\" max=\"30\" value=\"")
            .Append(filter.DaysBelow?.ToString(CultureInfo.InvariantCulture)).Append("\"></div>")
            .Append("<div><label for=\"aktif_sebelum\">").Append(Bi("Terakhir aktif sebelum", "Last active before")).Append("</label><input id=\"aktif_sebelum\" name=\"aktif_sebelum\" type=\"date\" value=\"")
            .Append(filter.ActiveBefore?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("\"></div>")
            .Append("<div><label for=\"kanal\">").Append(Bi("Kanal", "Channel")).Append("</label><select id=\"kanal\" name=\"kanal\">").Append(options).Append("</select></div>")
            .Append("<div><label for=\"menunggu\"><input id=\"menunggu\" name=\"menunggu\" type=\"checkbox\" value=\"1\"").Append(filter.WaitingOnly ? " checked" : "").Append("> ")
            .Append(Bi("Menunggu balasan coach", "Waiting for the coach")).Append("</label></div>")
            .Append("<input type=\"hidden\" name=\"urut\" value=\"").Append(E(filter.Sort)).Append("\">")
            .Append("<p><button type=\"submit\">").Append(Bi("Saring", "Filter")).Append("</button> <a href=\"").Append(path).Append("\">").Append(Bi("Hapus filter", "Clear")).Append("</a></p></form>");
    }

    /// <summary>A column header whose link sorts by it; a second click on the sorted column turns the order round.</summary>
    private static string Sortable(ClassFilter filter, string path, string sort, string indonesian, string english, bool num = false)
    {
        var current = filter.Sort == sort;
        var aria = current ? $" aria-sort=\"{(filter.Descending ? "descending" : "ascending")}\"" : "";
        var href = path + filter.Query(sort, current && !filter.Descending);
        var mark = current ? (filter.Descending ? " ▼" : " ▲") : "";
        return $"<th scope=\"col\"{(num ? " class=\"num\"" : "")}{aria}><a href=\"{E(href)}\">{Bi(indonesian, english)}{mark}</a></th>";
    }

    private static string Header(string indonesian, string english) => $"<th scope=\"col\">{Bi(indonesian, english)}</th>";

    private static string Cell(string text, bool num = false) => $"<td{(num ? " class=\"num\"" : "")}>{E(text)}</td>";
}
