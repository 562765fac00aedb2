using LatsarBot.Core.Participants;

namespace LatsarBot.Core.Coaching;

/// <summary>
/// When a coach must have answered a participant's message: the end of the N-th working day after the day it was sent,
/// in the participant's zone (a Friday message with 2 working days is due at the end of Tuesday).
/// </summary>
public static class ReplyDeadline
{
    public const int DefaultWorkingDays = 2;

    public static DateTimeOffset DueAt(DateTimeOffset sentAt, TimeZoneCode zone, int workingDays, IReadOnlySet<DateOnly> holidays)
    {
        var local = zone.ToLocal(sentAt);
        var dueDay = WorkingDays.Add(DateOnly.FromDateTime(local.DateTime), workingDays, holidays);
        // The end of the due day is the first instant of the next one.
        return new DateTimeOffset(dueDay.AddDays(1).ToDateTime(TimeOnly.MinValue), local.Offset);
    }
}
