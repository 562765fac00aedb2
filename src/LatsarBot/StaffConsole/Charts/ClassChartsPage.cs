using System.Text;
using LatsarBot.Data;
using LatsarBot.Learning.Coaching;
using LatsarBot.Mooc;
using LatsarBot.StaffConsole.Progress;
using Microsoft.EntityFrameworkCore;
using static LatsarBot.StaffConsole.ConsoleForms;
using static LatsarBot.StaffConsole.ConsoleHtml;

namespace LatsarBot.StaffConsole.Charts;

/// <summary>/console/kelas/{classId}/grafik: the class's four charts, each an inline SVG with its table, over the participants in scope.</summary>
public static class ClassChartsPage
{
    public static RouteGroupBuilder MapConsoleCharts(this RouteGroupBuilder console)
    {
        console.MapGet($"/kelas/{{{ConsoleAccessHandler.ClassId}:int}}/grafik", RenderAsync).RequireAuthorization(ConsoleAccess.Policy);
        return console;
    }

    private static async Task<IResult> RenderAsync(int classId, HttpContext http, LatsarDb db, Evaluasi1Report report, CancellationToken cancellationToken)
    {
        var user = (await ConsoleUser.OfAsync(http, cancellationToken))!;
        var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        var coaching = http.RequestServices.GetService<CoachingOptions>() ?? new CoachingOptions();
        var name = await db.Classes.AsNoTracking().Where(c => c.Id == classId).Select(c => c.Name).SingleAsync(cancellationToken);
        var rows = await ProgressRow.ForClassAsync(db, report, user.Scope, classId, now, cancellationToken);

        var trophies = ClassCharts.TrophyDistribution(rows);
        var funnel = ClassCharts.Funnel(rows);
        var logging = await ClassCharts.LoggingPerDayAsync(db, rows, cancellationToken);
        var replies = await ClassCharts.ReplyTimesAsync(db, rows, coaching.ReplyWorkingDays, coaching.Holidays.ToHashSet(), now, cancellationToken);

        var body = new StringBuilder("<p><a href=\"/console/kelas/").Append(Id(classId)).Append("\">").Append(Bi("Kembali ke tabel peserta", "Back to the participant table"))
            .Append("</a></p><p class=\"note\">").Append(Bi($"{rows.Count} peserta dalam cakupan Anda.", $"{rows.Count} participants in your scope.")).Append("</p>")
            .Append(SvgBarChart.Render("grafik-trofi", "Sebaran trofi", "Trophy distribution",
                $"Jumlah peserta per rentang trofi; minimum MOOC {ClassFilter.StragglerTrophies} trofi. " + Describe(trophies), trophies, "Peserta", "Participants"))
            .Append(SvgBarChart.Render("grafik-corong", "Corong: MOOC → post test → aktualisasi", "Funnel: MOOC → post test → actualization",
                "Berapa peserta mencapai tiap tahap. " + Describe(funnel), funnel, "Peserta", "Participants"))
            .Append("<p class=\"note\">").Append(Bi("Kelulusan belum dicatat LatsarBot; tahap terakhir yang diketahui adalah 30 hari aktualisasi tercatat.",
                "Graduation is not recorded by LatsarBot yet; the last step it knows is 30 actualization days logged.")).Append("</p>")
            .Append(SvgBarChart.Render("grafik-catatan", "Catatan aktualisasi per hari", "Actualization logging per day",
                "Peserta yang mencatat tiap hari aktualisasi (1–30). " + Describe(logging.Where(b => b.Count > 0).ToList()), logging, "Peserta", "Participants"))
            .Append(SvgBarChart.Render("grafik-balasan", "Waktu balasan coach terhadap tenggat", "Coach reply times against the deadline",
                $"Pertanyaan peserta menurut waktu balasan coach; tenggat {coaching.ReplyWorkingDays} hari kerja. " + Describe(replies), replies, "Pertanyaan", "Questions"));
        return Page(http, $"Grafik {name}", "Charts", body.ToString(), user);
    }

    private static string Describe(IReadOnlyList<ChartBar> bars) => string.Join("; ", bars.Select(b => $"{b.Label}: {b.Count}")) + ".";
}
