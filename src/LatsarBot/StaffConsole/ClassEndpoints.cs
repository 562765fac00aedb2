using System.Globalization;
using System.Text;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Mooc;
using Microsoft.EntityFrameworkCore;
using static LatsarBot.StaffConsole.ConsoleHtml;

namespace LatsarBot.StaffConsole;

/// <summary>/console: the cohorts and classes in scope; /console/kelas/{classId} is <see cref="Progress.ClassProgressPage"/>.</summary>
public static class ClassEndpoints
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    public static RouteGroupBuilder MapConsoleClasses(this RouteGroupBuilder console)
    {
        console.MapGet("", ClassListAsync).RequireAuthorization(ConsoleAccess.Policy);
        console.MapGet($"/kelas/{{{ConsoleAccessHandler.ClassId}:int}}", Progress.ClassProgressPage.RenderAsync).RequireAuthorization(ConsoleAccess.Policy);
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
}
