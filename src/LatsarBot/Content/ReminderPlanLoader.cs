using System.Globalization;
using System.Text.RegularExpressions;
using LatsarBot.Core.Schedule;
using LatsarBot.Reminders;

namespace LatsarBot.Content;

/// <summary>
/// Reads content/reminders.yaml: every reminder's phase, timing, audience, condition, holiday policy, validity window
/// and text in id and en. Each broken rule is reported with file, line and a "reminder.*" rule id.
/// </summary>
public static partial class ReminderPlanLoader
{
    public const string File = "reminders.yaml";

    public static IReadOnlyList<ReminderPlan> Load(string root, List<ContentError> errors)
    {
        var shown = Path.Combine("content", File);
        var top = CurriculumYamlNode.Read(Path.Combine(root, File), shown, errors);
        if (top is null)
        {
            return [];
        }

        top.AllowOnly("reminders");
        var plans = new List<ReminderPlan>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in top.Maps("reminders") ?? [])
        {
            if (Read(node, ids) is { } plan)
            {
                plans.Add(plan);
            }
        }

        return plans;
    }

    private static ReminderPlan? Read(CurriculumYamlNode node, HashSet<string> ids)
    {
        node.AllowOnly("id", "phase", "when", "to", "condition", "threshold", "kind", "holiday", "valid_for_hours", "text");
        var ok = true;
        var id = node.Text("id");
        if (id is not null && !IdPattern().IsMatch(id))
        {
            node.Report(node.LineOf("id"), "reminder.id", $"'{id}' must be lower case letters, digits and _.");
            ok = false;
        }
        else if (id is not null && !ids.Add(id))
        {
            node.Report(node.LineOf("id"), "reminder.id", $"'{id}' is used by another reminder.");
            ok = false;
        }

        var phaseText = node.Text("phase");
        var phase = Phases.TryParse(phaseText);
        if (phaseText is not null && phase is null)
        {
            node.Report(node.LineOf("phase"), "reminder.phase", $"'{phaseText}' is not a phase; expected mooc, online, actualization, classical or graduation.");
        }

        var when = node.Map("when") is { } w ? ReadTiming(w) : null;

        var conditionName = node.Text("condition", required: false) ?? ReminderConditions.Always;
        ReminderConditions.Known.TryGetValue(conditionName, out var condition);
        if (condition is null)
        {
            node.Report(node.LineOf("condition"), "reminder.condition", $"'{conditionName}' is not a known condition; expected one of: {string.Join(", ", ReminderConditions.Known.Keys)}.");
        }

        var kindText = node.Text("kind", required: false) ?? "message";
        ReminderKind? kind = kindText switch { "message" => ReminderKind.Message, "weekly_summary" => ReminderKind.WeeklySummary, _ => null };
        if (kind is null)
        {
            node.Report(node.LineOf("kind"), "reminder.kind", $"'{kindText}' is not a kind; expected message or weekly_summary.");
        }

        var toText = node.Text("to", required: false) ?? "participants";
        ReminderAudience? audience = toText switch { "participants" => ReminderAudience.Participants, "coaches" => ReminderAudience.Coaches, _ => null };
        if (audience is null)
        {
            node.Report(node.LineOf("to"), "reminder.audience", $"'{toText}' is not an audience; expected participants or coaches.");
        }
        else if (condition is not null && condition.Audience != audience)
        {
            node.Report(node.LineOf("to"), "reminder.audience", $"condition '{conditionName}' reaches {condition.Audience.ToString().ToLowerInvariant()}, not {toText}.");
            audience = null;
        }

        int? threshold = null;
        if (node.Has("threshold"))
        {
            threshold = node.Integer("threshold");
            if (condition is { TakesThreshold: false })
            {
                node.Report(node.LineOf("threshold"), "reminder.threshold", $"condition '{conditionName}' takes no threshold.");
                ok = false;
            }
        }
        else if (condition is { TakesThreshold: true })
        {
            node.Report(node.Line, "reminder.threshold", $"condition '{conditionName}' needs a threshold (e.g. threshold: 28).");
            ok = false;
        }

        var holidayText = node.Text("holiday", required: false) ?? "skip";
        HolidayPolicy? holiday = holidayText switch { "skip" => HolidayPolicy.Skip, "defer" => HolidayPolicy.Defer, _ => null };
        if (holiday is null)
        {
            node.Report(node.LineOf("holiday"), "reminder.holiday", $"'{holidayText}' is not a holiday policy; expected skip or defer.");
        }
        else if (holiday == HolidayPolicy.Defer && when is { Daily: true })
        {
            node.Report(node.LineOf("holiday"), "reminder.holiday", "a daily reminder cannot defer past a holiday (the next day has its own run); use skip.");
            holiday = null;
        }

        var hours = node.Has("valid_for_hours") ? node.Integer("valid_for_hours") : 3;
        if (hours is 0)
        {
            node.Report(node.LineOf("valid_for_hours"), "reminder.window", "valid_for_hours must be at least 1.");
            hours = null;
        }

        var text = ReadText(node, condition);
        if (!ok || id is null || phase is null || when is null || condition is null || kind is null || audience is null || holiday is null || hours is null || text is null)
        {
            return null;
        }

        return new ReminderPlan
        {
            Id = id,
            Phase = phase.Value,
            When = when,
            To = audience.Value,
            Condition = conditionName,
            Threshold = threshold,
            Kind = kind.Value,
            Holiday = holiday.Value,
            ValidFor = TimeSpan.FromHours(hours.Value),
            Text = text,
        };
    }

    private static ReminderTiming? ReadTiming(CurriculumYamlNode when)
    {
        when.AllowOnly("time", "daily", "from_day", "to_day", "days", "offset_days", "from");
        var timeText = when.Text("time", missingRule: "reminder.time");
        TimeOnly? time = null;
        if (timeText is not null)
        {
            if (TimeOnly.TryParseExact(timeText, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
            {
                time = t;
            }
            else
            {
                when.Report(when.LineOf("time"), "reminder.time", $"'{timeText}' is not a local time HH:mm (e.g. 19:00).");
            }
        }

        var daily = when.Boolean("daily") ?? false;
        var hasDays = when.Has("days");
        var hasOffset = when.Has("offset_days");
        if ((daily ? 1 : 0) + (hasDays ? 1 : 0) + (hasOffset ? 1 : 0) != 1)
        {
            when.Report(when.Line, "reminder.when", "give exactly one of: daily: true, days: \"7, 14\", offset_days: -3 (with from: start|end).");
            return null;
        }

        var days = new List<int>();
        if (hasDays)
        {
            foreach (var part in (when.Text("days") ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day >= 1)
                {
                    days.Add(day);
                }
                else
                {
                    when.Report(when.LineOf("days"), "reminder.when", $"'{part}' is not a day number of the phase (1 = its first day).");
                    return null;
                }
            }
        }

        int? offset = null;
        var anchor = PhaseAnchor.Start;
        if (hasOffset)
        {
            var offsetText = when.Text("offset_days");
            if (!int.TryParse(offsetText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var o))
            {
                when.Report(when.LineOf("offset_days"), "reminder.when", $"offset_days must be a whole number of days (may be negative), not '{offsetText}'.");
                return null;
            }

            offset = o;
            var from = when.Text("from", required: false) ?? "start";
            if (from is not ("start" or "end"))
            {
                when.Report(when.LineOf("from"), "reminder.when", $"from must be start or end, not '{from}'.");
                return null;
            }

            anchor = from == "end" ? PhaseAnchor.End : PhaseAnchor.Start;
        }

        var fromDay = when.Has("from_day") ? when.Integer("from_day") ?? 1 : 1;
        int? toDay = when.Has("to_day") ? when.Integer("to_day") : null;
        return time is null ? null : new ReminderTiming { Time = time.Value, Daily = daily, Days = days, OffsetDays = offset, Anchor = anchor, FromDay = Math.Max(1, fromDay), ToDay = toDay };
    }

    private static Dictionary<string, string>? ReadText(CurriculumYamlNode node, ReminderCondition? condition)
    {
        if (node.Map("text") is not { } text)
        {
            return null;
        }

        text.AllowOnly("id", "en");
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var language in new[] { "id", "en" })
        {
            if (text.Text(language, missingRule: "reminder.language") is not { } value)
            {
                continue;
            }

            result[language] = value;
            if (condition is null)
            {
                continue;
            }

            foreach (Match m in PlaceholderPattern().Matches(value))
            {
                var name = m.Groups[1].Value;
                if (!condition.Placeholders.Contains(name) && !ReminderConditions.CommonPlaceholders.Contains(name))
                {
                    text.Report(text.LineOf(language), "reminder.placeholder",
                        $"{{{name}}} is not offered by condition '{condition.Name}'; it offers: {string.Join(", ", ReminderConditions.CommonPlaceholders.Concat(condition.Placeholders).Select(p => "{" + p + "}"))}.");
                }
            }
        }

        return result.Count == 2 ? result : null;
    }

    [GeneratedRegex("^[a-z0-9_]+$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"\{([A-Za-z_]+)\}")]
    private static partial Regex PlaceholderPattern();
}
