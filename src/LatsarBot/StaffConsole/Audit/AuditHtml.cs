using System.Globalization;
using System.Text;
using LatsarBot.Core.Participants;
using LatsarBot.Data.Audit;
using static LatsarBot.StaffConsole.ConsoleHtml;

namespace LatsarBot.StaffConsole.Audit;

/// <summary>The audit page: the filter form (a GET, so a filtered view can be bookmarked), the CSV link, the entries.</summary>
public static class AuditHtml
{
    public static string Page(AuditFilter filter, IReadOnlyList<AuditEntry> entries, IReadOnlyList<string> actions, ConsoleUser user, string? error)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(user);
        var body = new StringBuilder();
        body.Append("<p class=\"note\">").Append(user.Role == Role.LanAdmin
            ? Bi("Semua lembaga.", "Every institution.")
            : Bi($"Hanya {user.InstitutionName}.", $"Only {user.InstitutionName}.")).Append("</p>");
        if (error is not null)
        {
            body.Append("<p class=\"error\" role=\"alert\">").Append(error).Append("</p>");
        }

        body.Append("<form method=\"get\" action=\"/console/audit\" class=\"filter\">")
            .Append(Field("dari", Bi("Dari tanggal", "From"), filter.From, "date"))
            .Append(Field("sampai", Bi("Sampai tanggal", "To"), filter.To, "date"))
            .Append("<label for=\"aktor\">").Append(Bi("Pelaku", "Actor")).Append("</label><input id=\"aktor\" name=\"aktor\" maxlength=\"200\" value=\"").Append(E(filter.Actor)).Append("\">")
            .Append("<label for=\"aksi\">").Append(Bi("Tindakan", "Action")).Append("</label><select id=\"aksi\" name=\"aksi\"><option value=\"\">–</option>");
        foreach (var action in actions)
        {
            body.Append("<option").Append(action == filter.Action ? " selected" : "").Append('>').Append(E(action)).Append("</option>");
        }

        body.Append("</select><p><button type=\"submit\">").Append(Bi("Saring", "Filter")).Append("</button></p></form>")
            .Append("<p><a id=\"audit-csv\" href=\"/console/audit.csv").Append(filter.Query.Length > 0 ? "?" + E(filter.Query) : "").Append("\">")
            .Append(Bi("Unduh CSV", "Download CSV")).Append("</a></p>");
        body.Append("<div class=\"table-wrap\"><table id=\"audit\"><caption>")
            .Append(Bi($"{entries.Count} entri terbaru", $"{entries.Count} latest entries")).Append("</caption><thead><tr>")
            .Append(Header("Waktu", "When")).Append(Header("Pelaku", "Actor")).Append(Header("Tindakan", "Action"))
            .Append(Header("Objek", "Subject")).Append(Header("Rincian", "Detail")).Append(Header("Asal", "From")).Append("</tr></thead><tbody>");
        foreach (var entry in entries)
        {
            var when = user.TimeZone.ToLocal(entry.At).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " " + user.TimeZone.Label();
            body.Append("<tr><td>").Append(E(when)).Append("</td><td>").Append(E(entry.ActorName)).Append(entry.ActorRole is null ? "" : $" <small>({E(entry.ActorRole)})</small>")
                .Append("</td><td><code>").Append(E(entry.Action)).Append("</code></td><td>").Append(E(entry.Subject)).Append("</td><td>").Append(E(entry.Detail))
                .Append("</td><td>").Append(E(entry.Channel)).Append(entry.Address is null ? "" : " " + E(entry.Address)).Append("</td></tr>");
        }

        return body.Append("</tbody></table></div>").ToString();
    }

    private static string Field(string name, string label, DateOnly? value, string type) =>
        $"<label for=\"{name}\">{label}</label><input id=\"{name}\" name=\"{name}\" type=\"{type}\" value=\"{value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\">";

    private static string Header(string indonesian, string english) => $"<th scope=\"col\">{Bi(indonesian, english)}</th>";
}
