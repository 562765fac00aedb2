using System.Text;
using System.Text.Encodings.Web;
using LatsarBot.Core.Participants;
using Microsoft.AspNetCore.Antiforgery;

namespace LatsarBot.StaffConsole;

/// <summary>
/// The console's pages are small HTML strings rendered here rather than Razor: the host is minimal APIs, and the pages
/// are a handful of forms and tables. Everything that comes from data goes through <see cref="E"/>. Indonesian first,
/// English beside it (<see cref="Bi"/>); no script at all, so the CSP can forbid every script.
/// </summary>
public static class ConsoleHtml
{
    public static string E(string? text) => HtmlEncoder.Default.Encode(text ?? "");

    /// <summary>An Indonesian label with its English beside it, marked as English for screen readers.</summary>
    public static string Bi(string indonesian, string english) => $"{E(indonesian)} <span class=\"en\" lang=\"en\">{E(english)}</span>";

    /// <summary>The hidden antiforgery field every POST form carries (validated by the host's antiforgery middleware).</summary>
    public static string Antiforgery(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var tokens = http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        return $"<input type=\"hidden\" name=\"{E(tokens.FormFieldName)}\" value=\"{E(tokens.RequestToken)}\">";
    }

    public static string RoleLabel(Role role) => role switch
    {
        Role.LanAdmin => Bi("Admin LAN", "LAN admin"),
        Role.Organiser => Bi("Penyelenggara", "Organiser"),
        Role.Coach => "Coach",
        Role.Facilitator => Bi("Fasilitator", "Facilitator"),
        Role.Examiner => Bi("Penguji", "Examiner"),
        Role.Mentor => "Mentor",
        _ => Bi("Peserta", "Participant"),
    };

    public static IResult Page(HttpContext http, string titleId, string titleEn, string body, ConsoleUser? user, int status = StatusCodes.Status200OK)
    {
        ArgumentNullException.ThrowIfNull(http);
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"id\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(E(titleId)).Append(" · Konsol LatsarBot</title>")
            .Append("<link rel=\"stylesheet\" href=\"/console/console.css\"></head><body><header>")
            .Append("<a class=\"brand\" href=\"/console\">Konsol LatsarBot</a>");
        if (user is not null)
        {
            html.Append("<nav aria-label=\"Menu\"><a href=\"/console\">").Append(Bi("Kelas", "Classes")).Append("</a>")
                .Append(ConsoleAccess.CanManage(user.Scope)
                    ? $"<a href=\"/console/angkatan\">{Bi("Angkatan", "Cohorts")}</a><a href=\"/console/pengumuman\">{Bi("Pengumuman", "Announcements")}</a>"
                    : "")
                .Append("<a href=\"/console/simulasi\">").Append(Bi("Simulasi JP & biaya", "JP & cost simulator")).Append("</a>")
                .Append(ConsoleRoles.ManagesData(user) ? $"<a href=\"/console/audit\">{Bi("Log audit", "Audit log")}</a>" : "").Append("</nav>")
                .Append("<p class=\"who\">").Append(E(user.Name)).Append(" · ").Append(RoleLabel(user.Role)).Append(" · ").Append(E(user.InstitutionName)).Append("</p>")
                .Append("<form method=\"post\" action=\"/console/keluar\">").Append(Antiforgery(http))
                .Append("<button type=\"submit\">").Append(Bi("Keluar", "Sign out")).Append("</button></form>");
        }

        html.Append("</header><main><h1>").Append(Bi(titleId, titleEn)).Append("</h1>").Append(body).Append("</main></body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8", Encoding.UTF8, status);
    }
}
