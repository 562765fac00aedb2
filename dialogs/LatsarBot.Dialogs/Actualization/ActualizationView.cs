using System.Globalization;
using LatsarBot.Bot.Pipeline;
using LatsarBot.Core.Actualization;
using LatsarBot.Core.Participants;
using LatsarBot.Dialogs.Coaching;
using LatsarBot.Learning.Actualization;

namespace LatsarBot.Dialogs.Actualization;

/// <summary>Texts shared by the actualization dialogs: status line, value names, the supervisors, the timeline by week and the plan progress.</summary>
public static class ActualizationView
{
    public static string Date(Turn turn, DateOnly date) =>
        date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo(turn.Language == Language.En ? "en-GB" : "id-ID"));

    /// <summary>"Hari ke-12 dari 30", or why there is no day number.</summary>
    public static string Status(Turn turn, DateOnly? start, DateOnly today)
    {
        if (start is not { } first)
        {
            return turn.Text(ActualizationMsg.StatusNotSet);
        }

        var day = ActualizationSchedule.DayNumber(first, today);
        return day switch
        {
            < 1 => turn.Text(ActualizationMsg.StatusBefore, ("date", Date(turn, first))),
            > ActualizationSchedule.Days => turn.Text(ActualizationMsg.StatusAfter, ("date", Date(turn, first.AddDays(ActualizationSchedule.Days - 1)))),
            _ => turn.Text(ActualizationMsg.StatusDay, ("day", day), ("days", ActualizationSchedule.Days), ("week", ActualizationSchedule.Week(day))),
        };
    }

    public static string Values(Turn turn, BerAkhlakValues values) => values == BerAkhlakValues.None
        ? turn.Text(ValueMsg.None)
        : string.Join(", ", BerAkhlak.Split(values).Select(v => turn.Text(ValueMsg.Of(v))));

    /// <summary>The mentor (with their phone when known) and the coach, one line each, as the plan shows them.</summary>
    public static string Supervisors(Turn turn, StaffMember? mentor, StaffMember? coach)
    {
        var mentorLine = mentor is null ? turn.Text(CoachingMsg.PlanMentorNone)
            : mentor.Phone is { } phone ? turn.Text(CoachingMsg.PlanMentorPhone, ("name", mentor.Name), ("phone", "+" + phone))
            : turn.Text(CoachingMsg.PlanMentor, ("name", mentor.Name));
        var coachLine = coach is null ? turn.Text(CoachingMsg.PlanCoachNone) : turn.Text(CoachingMsg.PlanCoach, ("name", coach.Name));
        return mentorLine + "\n" + coachLine;
    }

    /// <summary>Entries grouped under weeks 1–5 (days 1–7 … 29–30); weeks without entries are left out.</summary>
    public static string Timeline(Turn turn, IReadOnlyList<LogEntry> entries)
    {
        var lines = new List<string> { turn.Text(ActualizationMsg.TimelineTitle) };
        if (entries.Count == 0)
        {
            lines.Add(turn.Text(ActualizationMsg.TimelineEmpty));
        }

        foreach (var week in entries.Where(e => ActualizationSchedule.IsWithin(e.DayNumber)).GroupBy(e => ActualizationSchedule.Week(e.DayNumber)).OrderBy(g => g.Key))
        {
            var from = (week.Key - 1) * 7 + 1;
            lines.Add("");
            lines.Add(turn.Text(ActualizationMsg.TimelineWeek, ("week", week.Key), ("from", from), ("to", Math.Min(from + 6, ActualizationSchedule.Days))));
            lines.AddRange(week.OrderBy(e => e.DayNumber).ThenBy(e => e.Id).Select(e => turn.Text(ActualizationMsg.TimelineEntry,
                ("day", e.DayNumber), ("title", e.PlannedActivity?.Title ?? ""), ("done", e.WhatWasDone), ("evidence", e.Evidence.Count))));
        }

        return string.Join("\n", lines);
    }

    /// <summary>Each planned activity as finished, started (has entries) or only planned, with the totals and the evidence count.</summary>
    public static string Progress(Turn turn, IReadOnlyList<PlannedActivity> activities, IReadOnlyList<LogEntry> entries)
    {
        var counts = entries.GroupBy(e => e.PlannedActivityId).ToDictionary(g => g.Key, g => g.Count());
        var started = activities.Count(a => counts.ContainsKey(a.Id) || a.FinishedAt is not null);
        var lines = new List<string>
        {
            turn.Text(ActualizationMsg.ProgressTitle),
            turn.Text(ActualizationMsg.ProgressSummary, ("planned", activities.Count), ("started", started),
                ("finished", activities.Count(a => a.FinishedAt is not null)), ("evidence", entries.Sum(e => e.Evidence.Count))),
            "",
        };
        lines.AddRange(activities.Select(a =>
        {
            var n = counts.GetValueOrDefault(a.Id);
            return a.FinishedAt is not null ? turn.Text(ActualizationMsg.ProgressFinished, ("title", a.Title), ("entries", n))
                : n > 0 ? turn.Text(ActualizationMsg.ProgressStarted, ("title", a.Title), ("entries", n))
                : turn.Text(ActualizationMsg.ProgressPlanned, ("title", a.Title));
        }));
        return string.Join("\n", lines);
    }
}
