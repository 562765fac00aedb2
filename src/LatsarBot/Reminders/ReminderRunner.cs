using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Outbox;
using LatsarBot.Content;
using LatsarBot.Core.Participants;
using LatsarBot.Core.Schedule;
using LatsarBot.Data;
using LatsarBot.Data.Outbox;
using LatsarBot.Data.Schedule;
using LatsarBot.Learning.Actualization.Report;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Reminders;

/// <summary>
/// Runs one reminder slot: finds the classes of the cohort whose calendar has this run, asks the condition for its
/// recipients in the slot's zone, and enqueues one outbox row each with an exactly-once key. A run too late for the
/// reminder's window (downtime) is skipped and logged. Running a slot twice enqueues nothing the second time.
/// </summary>
public sealed class ReminderRunner(LatsarDb db, ProactiveOutbox outbox, ContentBundle content, WeeklySummaries weeklySummaries, ReminderSchedule schedule, ILogger<ReminderRunner> log)
{
    public async Task<ReminderRunResult> RunAsync(ReminderSlotKey slot, DateTimeOffset scheduledFor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var plan = content.Reminders.FirstOrDefault(r => r.Id == slot.ReminderId);
        if (plan is null)
        {
            log.LogWarning("Reminder {Batch}: no reminder '{Reminder}' in content/reminders.yaml any more; nothing sent.", slot.Batch, slot.ReminderId);
            return ReminderRunResult.Gone;
        }

        if (now - scheduledFor > plan.ValidFor)
        {
            log.LogWarning("Reminder {Batch} due at {Due:u} is stale at {Now:u} (valid for {Window}); skipped.", slot.Batch, scheduledFor, now, plan.ValidFor);
            return ReminderRunResult.Stale;
        }

        var classIds = await ClassesDueAsync(slot, plan, cancellationToken);
        if (classIds.Count == 0)
        {
            return ReminderRunResult.Empty;
        }

        var condition = ReminderConditions.Known[plan.Condition];
        var recipients = await condition.RecipientsAsync(new ReminderSlot(db, slot.CohortId, classIds, slot.Zone, slot.PlannedDate, plan.Threshold) { Now = now }, cancellationToken);
        EnqueueResult result;
        if (plan.Kind == ReminderKind.WeeklySummary)
        {
            result = await WeeklySummaryAsync(slot, recipients, now, cancellationToken);
        }
        else
        {
            var messages = recipients.Select(r => new ProactiveMessage(r.PersonId, slot.MessageKey(r.PersonId), OutboxPayload.Of(new Reply(Render(plan, r))))
            {
                Batch = slot.Batch,
            });
            result = await outbox.EnqueueAsync(db, messages, now, cancellationToken);
        }

        log.LogInformation("Reminder {Batch}: {Queued} queued, {Already} already queued, {Unreachable} unreachable.", slot.Batch, result.Queued, result.AlreadyQueued, result.Unreachable.Count);
        return new ReminderRunResult(ReminderRunOutcome.Ran, result.Queued, result.AlreadyQueued, result.Unreachable.Count);
    }

    /// <summary>
    /// The weekly actualization summary instead of the plan's text: each recipient gets their own week (by their own
    /// day 1), and each coach one message on their participants. The summaries carry their own exactly-once keys per
    /// cohort and week, so the three zone slots of one day, or a second firing, send nobody anything twice.
    /// </summary>
    private async Task<EnqueueResult> WeeklySummaryAsync(ReminderSlotKey slot, List<ReminderRecipient> recipients, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = recipients.Select(r => r.PersonId).ToList();
        var starts = await db.ActualizationPlans.AsNoTracking().Where(p => ids.Contains(p.ParticipantId) && p.StartDate != null)
            .Select(p => new { p.ParticipantId, Start = p.StartDate!.Value }).ToListAsync(cancellationToken);
        var total = new EnqueueResult();
        foreach (var week in starts.GroupBy(s => WeekOf(Core.Actualization.ActualizationSchedule.DayNumber(s.Start, slot.PlannedDate))).Where(g => g.Key > 0))
        {
            var only = week.Select(s => s.ParticipantId).ToHashSet();
            if (await weeklySummaries.EnqueueAsync(db, slot.CohortId, week.Key, now, cancellationToken, only) is { } result)
            {
                total.Queued += result.Queued;
                total.AlreadyQueued += result.AlreadyQueued;
                total.Unreachable.AddRange(result.Unreachable);
            }
        }

        return total;
    }

    /// <summary>The week of the 30 days a day closes: 1–7 → 1, …, 22–28 → 4, 29–30 → 5; 0 outside the 30 days.</summary>
    private static int WeekOf(int day) =>
        day is < 1 or > Core.Actualization.ActualizationSchedule.Days ? 0 : Math.Min((day - 1) / 7 + 1, Core.Actualization.ActualizationSchedule.Weeks);

    /// <summary>The recipient's text, in their language, placeholders filled.</summary>
    public static string Render(ReminderPlan plan, ReminderRecipient recipient)
    {
        var text = plan.Text.TryGetValue(recipient.Language.Code(), out var own) ? own : plan.Text["id"];
        text = text.Replace("{name}", recipient.Name, StringComparison.Ordinal);
        foreach (var (name, value) in recipient.Values)
        {
            text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>Classes whose own calendar (class dates over the cohort's) plans this reminder on the slot's date.</summary>
    private async Task<List<int>> ClassesDueAsync(ReminderSlotKey slot, ReminderPlan plan, CancellationToken cancellationToken)
    {
        var rows = await PhaseCalendars.RowsAsync(db, slot.CohortId, cancellationToken);
        var classIds = await db.Classes.AsNoTracking().Where(c => c.CohortId == slot.CohortId).Select(c => c.Id).ToListAsync(cancellationToken);
        return classIds
            .Where(id => ReminderOccurrence.Of(plan, PhaseCalendar.For(rows, id), content.Holidays, schedule.Quiet).Any(o => o.PlannedDate == slot.PlannedDate))
            .ToList();
    }
}

public enum ReminderRunOutcome
{
    Ran,
    Empty,
    Stale,
    Gone,
}

public sealed record ReminderRunResult(ReminderRunOutcome Outcome, int Queued = 0, int AlreadyQueued = 0, int Unreachable = 0)
{
    public static ReminderRunResult Gone { get; } = new(ReminderRunOutcome.Gone);

    public static ReminderRunResult Stale { get; } = new(ReminderRunOutcome.Stale);

    public static ReminderRunResult Empty { get; } = new(ReminderRunOutcome.Empty);
}
