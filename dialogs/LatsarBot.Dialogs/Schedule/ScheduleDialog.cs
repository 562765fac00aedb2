using System.Globalization;
using LatsarBot.Bot.Dialogs;
using LatsarBot.Bot.Pipeline;
using LatsarBot.Core.Participants;
using LatsarBot.Core.Schedule;
using LatsarBot.Data;
using LatsarBot.Data.Schedule;
using LatsarBot.Dialogs.Common;

namespace LatsarBot.Dialogs.Schedule;

/// <summary>/jadwal: the participant's phases with their dates, the one running today marked, and the days left in it.</summary>
public sealed class ScheduleDialog(LatsarDb db) : Dialog
{
    public const string DialogId = "schedule";

    public override string Id => DialogId;

    public override async Task<DialogStatus> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var turn = dc.Turn;
        if (turn.Person is not { IsParticipant: true } participant)
        {
            turn.SendText(ScheduleMsg.OnlyParticipants);
            return await dc.EndAsync(null, cancellationToken);
        }

        var calendar = await PhaseCalendars.ForParticipantAsync(db, participant.Id, cancellationToken);
        if (calendar is null || calendar.IsEmpty)
        {
            turn.SendText(ScheduleMsg.NotSet);
            return await dc.EndAsync(null, cancellationToken);
        }

        turn.SendText(ScheduleMsg.Title, ("lines", Lines(turn, calendar, Core.Actualization.ActualizationSchedule.Today(participant.TimeZone, turn.Now))));
        return await dc.EndAsync(null, cancellationToken);
    }

    private static string Lines(Turn turn, PhaseCalendar calendar, DateOnly today)
    {
        var current = calendar.Current(today);
        var lines = new List<string>();
        foreach (var (phase, from, to) in calendar.Phases.OrderBy(p => p.From).ThenBy(p => p.Phase))
        {
            var name = turn.Text(ScheduleMsg.PhaseName(phase));
            var line = from == to
                ? turn.Text(ScheduleMsg.LineOneDay, ("phase", name), ("date", Date(turn, from)))
                : turn.Text(ScheduleMsg.Line, ("phase", name), ("from", Date(turn, from)), ("to", Date(turn, to)));
            if (phase == current)
            {
                line = turn.Text(ScheduleMsg.Current, ("line", line), ("days", calendar.DaysLeft(phase, today)));
            }

            lines.Add(line);
        }

        if (current is null && calendar.Phases.Any(p => p.From > today) && calendar.Phases.Any(p => p.To < today))
        {
            lines.Add(turn.Text(ScheduleMsg.Between));
        }

        return string.Join("\n", lines);
    }

    private static string Date(Turn turn, DateOnly date) =>
        date.ToString("d MMM yyyy", CultureInfo.GetCultureInfo(turn.Language == Language.En ? "en-GB" : "id-ID"));
}
