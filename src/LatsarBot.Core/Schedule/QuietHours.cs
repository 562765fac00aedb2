using LatsarBot.Core.Participants;

namespace LatsarBot.Core.Schedule;

/// <summary>
/// Local hours in which the bot does not start a conversation (default 21:00–06:00, configured under
/// Reminders:QuietHours): a reminder due then goes out when they end; an announcement previewed then warns how many
/// recipients it would wake. The window may wrap past midnight.
/// </summary>
public sealed record QuietHours(TimeOnly Start, TimeOnly End)
{
    public static QuietHours Default { get; } = new(new TimeOnly(21, 0), new TimeOnly(6, 0));

    public bool Contains(TimeOnly time) => Start == End
        ? false
        : Start < End ? time >= Start && time < End : time >= Start || time < End;

    /// <summary>Whether <paramref name="instant"/> falls inside the window at the local time of <paramref name="zone"/>.</summary>
    public bool Contains(TimeZoneCode zone, DateTimeOffset instant) => Contains(TimeOnly.FromTimeSpan(zone.ToLocal(instant).TimeOfDay));

    /// <summary>The local date and time a message planned for <paramref name="date"/> at <paramref name="time"/> may go out.</summary>
    public (DateOnly Date, TimeOnly Time) Defer(DateOnly date, TimeOnly time)
    {
        if (!Contains(time))
        {
            return (date, time);
        }

        // Before midnight the quiet night ends tomorrow morning; after midnight, this morning.
        return Start > End && time >= Start ? (date.AddDays(1), End) : (date, End);
    }
}
