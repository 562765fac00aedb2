using System.Globalization;
using LatsarBot.Core.Schedule;

namespace LatsarBot.Content;

/// <summary>Reads content/holidays.yaml: national holidays and cuti bersama, one dated entry each ("holiday.*" rules).</summary>
public static class HolidayLoader
{
    public const string File = "holidays.yaml";

    public static HolidayCalendar Load(string root, List<ContentError> errors)
    {
        var shown = Path.Combine("content", File);
        var top = CurriculumYamlNode.Read(Path.Combine(root, File), shown, errors);
        if (top is null)
        {
            return HolidayCalendar.Empty;
        }

        top.AllowOnly("holidays");
        var days = new Dictionary<DateOnly, string>();
        foreach (var node in top.Maps("holidays") ?? [])
        {
            node.AllowOnly("date", "name", "kind");
            var text = node.Text("date");
            var name = node.Text("name");
            var kind = node.Text("kind");
            if (kind is not null and not ("national" or "cuti_bersama"))
            {
                node.Report(node.LineOf("kind"), "holiday.kind", $"'{kind}' is not a kind; expected national or cuti_bersama.");
            }

            if (text is null)
            {
                continue;
            }

            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                node.Report(node.LineOf("date"), "holiday.date", $"'{text}' is not a date YYYY-MM-DD.");
            }
            else if (!days.TryAdd(date, name ?? ""))
            {
                node.Report(node.LineOf("date"), "holiday.duplicate", $"{text} is listed twice.");
            }
        }

        return new HolidayCalendar(days);
    }
}
