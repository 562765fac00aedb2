using LatsarBot.Core.Actualization;
using LatsarBot.Core.Participants;
using LatsarBot.Core.Schedule;
using LatsarBot.Data;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Reminders;

/// <summary>
/// The fixed set of conditions a reminder in content/reminders.yaml may name. Each is one set-based query for a slot
/// (cohort classes, zone, local date) returning the recipients with their placeholder values; the content check
/// reads <see cref="Known"/> to refuse unknown names and placeholders a condition does not offer.
/// </summary>
public static class ReminderConditions
{
    public const string Always = "always";
    public const string TrophiesBelow = "trophies_below";
    public const string NoLogToday = "no_log_today";
    public const string RtlDue = "rtl_due";
    public const string CoachReplyOverdue = "coach_reply_overdue";

    /// <summary>RTL and draft presentation from day 22 of the actualization (DOMAIN.md A.8, Block B).</summary>
    public const int RtlFromDay = 22;

    public static IReadOnlyDictionary<string, ReminderCondition> Known { get; } = new Dictionary<string, ReminderCondition>(StringComparer.Ordinal)
    {
        [Always] = new(Always, ReminderAudience.Participants, [], TakesThreshold: false, AlwaysAsync),
        [TrophiesBelow] = new(TrophiesBelow, ReminderAudience.Participants, ["trophies", "missing", "threshold"], TakesThreshold: true, TrophiesBelowAsync),
        [NoLogToday] = new(NoLogToday, ReminderAudience.Participants, ["day"], TakesThreshold: false, NoLogTodayAsync),
        [RtlDue] = new(RtlDue, ReminderAudience.Participants, ["day"], TakesThreshold: false, RtlDueAsync),
        [CoachReplyOverdue] = new(CoachReplyOverdue, ReminderAudience.Coaches, ["count"], TakesThreshold: false, CoachReplyOverdueAsync),
    };

    /// <summary>Every condition offers the recipient's name.</summary>
    public static readonly IReadOnlyList<string> CommonPlaceholders = ["name"];

    private static IQueryable<Participant> Participants(ReminderSlot slot) =>
        slot.Db.Participants.AsNoTracking().Where(p => slot.ClassIds.Contains(p.ClassId) && p.TimeZone == slot.Zone);

    private static async Task<List<ReminderRecipient>> AlwaysAsync(ReminderSlot slot, CancellationToken cancellationToken) =>
        (await Participants(slot).Select(p => new { p.Id, p.Language, p.Name }).ToListAsync(cancellationToken))
            .Select(p => new ReminderRecipient(p.Id, p.Language, p.Name, Empty)).ToList();

    private static async Task<List<ReminderRecipient>> TrophiesBelowAsync(ReminderSlot slot, CancellationToken cancellationToken)
    {
        var threshold = slot.Threshold ?? 0;
        var db = slot.Db;
        var rows = await Participants(slot)
            .Select(p => new { p.Id, p.Language, p.Name, Trophies = db.UnitProgress.Count(u => u.ParticipantId == p.Id && u.TrophyAt != null) })
            .Where(p => p.Trophies < threshold)
            .ToListAsync(cancellationToken);
        return rows.Select(p => new ReminderRecipient(p.Id, p.Language, p.Name, new Dictionary<string, string>
        {
            ["trophies"] = p.Trophies.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["missing"] = (threshold - p.Trophies).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["threshold"] = threshold.ToString(System.Globalization.CultureInfo.InvariantCulture),
        })).ToList();
    }

    /// <summary>Within their 30 days on the slot's local date, nothing logged for that date.</summary>
    private static Task<List<ReminderRecipient>> NoLogTodayAsync(ReminderSlot slot, CancellationToken cancellationToken) =>
        InActualizationAsync(slot, 1, requireNoLog: true, cancellationToken);

    /// <summary>Day 22 or later of the actualization (for now by the day number alone; the RTL itself is another helper's).</summary>
    private static Task<List<ReminderRecipient>> RtlDueAsync(ReminderSlot slot, CancellationToken cancellationToken) =>
        InActualizationAsync(slot, RtlFromDay, requireNoLog: false, cancellationToken, requireNoRtl: true);

    private static async Task<List<ReminderRecipient>> InActualizationAsync(
        ReminderSlot slot, int fromDay, bool requireNoLog, CancellationToken cancellationToken, bool requireNoRtl = false)
    {
        var db = slot.Db;
        var today = slot.LocalDate;
        var lastStart = today.AddDays(1 - fromDay);
        var firstStart = today.AddDays(1 - ActualizationSchedule.Days);
        var query =
            from p in Participants(slot)
            join plan in db.ActualizationPlans on p.Id equals plan.ParticipantId
            where plan.StartDate != null && plan.StartDate <= lastStart && plan.StartDate >= firstStart
            select new { p.Id, p.Language, p.Name, Start = plan.StartDate!.Value };
        if (requireNoLog)
        {
            query = query.Where(p => !db.LogEntries.Any(e => e.ParticipantId == p.Id && e.Date == today));
        }

        if (requireNoRtl)
        {
            // Whoever has written their RTL is not reminded of it.
            query = query.Where(p => !db.FollowUpPlans.Any(f => f.ParticipantId == p.Id && f.Rtl != ""));
        }

        return (await query.ToListAsync(cancellationToken)).Select(p => new ReminderRecipient(p.Id, p.Language, p.Name, new Dictionary<string, string>
        {
            ["day"] = ActualizationSchedule.DayNumber(p.Start, today).ToString(System.Globalization.CultureInfo.InvariantCulture),
        })).ToList();
    }

    /// <summary>
    /// Coaches in the slot's zone with participants of the slot's classes whose message has waited past the reply
    /// deadline at the run's time (the same rule as the organiser's overdue list); {count} is how many such threads.
    /// </summary>
    private static async Task<List<ReminderRecipient>> CoachReplyOverdueAsync(ReminderSlot slot, CancellationToken cancellationToken)
    {
        var db = slot.Db;
        var now = slot.Now;
        var counts = await (
            from thread in db.CoachingThreads
            where thread.DueAt != null && thread.DueAt <= now
            join participant in db.Participants on thread.ParticipantId equals participant.Id
            where slot.ClassIds.Contains(participant.ClassId) && participant.CoachId != null
            group participant by participant.CoachId into byCoach
            select new { CoachId = byCoach.Key!.Value, Count = byCoach.Count() }).ToListAsync(cancellationToken);
        var ids = counts.Select(c => c.CoachId).ToList();
        var coaches = await db.Staff.AsNoTracking().Where(s => ids.Contains(s.Id) && s.TimeZone == slot.Zone)
            .Select(s => new { s.Id, s.Language, s.Name }).ToListAsync(cancellationToken);
        return coaches.Select(c => new ReminderRecipient(c.Id, c.Language, c.Name, new Dictionary<string, string>
        {
            ["count"] = counts.Single(x => x.CoachId == c.Id).Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
        })).ToList();
    }

    private static readonly IReadOnlyDictionary<string, string> Empty = new Dictionary<string, string>();
}

/// <summary>A condition: who it reaches, the placeholders it fills, whether it takes a number, and its query.</summary>
public sealed record ReminderCondition(
    string Name,
    ReminderAudience Audience,
    IReadOnlyList<string> Placeholders,
    bool TakesThreshold,
    Func<ReminderSlot, CancellationToken, Task<List<ReminderRecipient>>> RecipientsAsync);

/// <summary>What a condition is asked about: the classes of a cohort whose calendar puts this run on <see cref="LocalDate"/>, in one zone.</summary>
public sealed record ReminderSlot(LatsarDb Db, int CohortId, IReadOnlyCollection<int> ClassIds, TimeZoneCode Zone, DateOnly LocalDate, int? Threshold)
{
    /// <summary>When the run happens (conditions that depend on deadlines compare with it).</summary>
    public DateTimeOffset Now { get; init; }
}

public sealed record ReminderRecipient(int PersonId, Language Language, string Name, IReadOnlyDictionary<string, string> Values);
