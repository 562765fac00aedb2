using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Data.Outbox;

namespace LatsarBot.Reminders;

/// <summary>
/// Where work composed elsewhere plugs into a reminder run. <see cref="WeeklySummary"/>: set it to the weekly
/// actualization summary's composer and a "weekly_summary" reminder hands its recipients to it; left null, they get
/// the reminder's own text.
/// </summary>
public sealed class ReminderHooks
{
    public Func<WeeklySummaryRun, CancellationToken, Task<EnqueueResult>>? WeeklySummary { get; set; }
}

/// <summary>
/// One weekly-summary slot: the recipients (participants in the zone, of the classes whose calendar puts this run on
/// <see cref="LocalDate"/>), their actualization <c>day</c> in <see cref="ReminderRecipient.Values"/> where known, and
/// the exactly-once key prefix ("{KeyPrefix}:{personId}") and batch the composer must use.
/// </summary>
public sealed record WeeklySummaryRun(
    LatsarDb Db,
    int CohortId,
    TimeZoneCode Zone,
    DateOnly LocalDate,
    IReadOnlyList<ReminderRecipient> Recipients,
    string KeyPrefix,
    string Batch,
    DateTimeOffset Now);
