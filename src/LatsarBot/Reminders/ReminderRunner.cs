using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Outbox;
using LatsarBot.Content;
using LatsarBot.Core.Participants;
using LatsarBot.Core.Schedule;
using LatsarBot.Data;
using LatsarBot.Data.Outbox;
using LatsarBot.Data.Schedule;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Reminders;

/// <summary>
/// Runs one reminder slot: finds the classes of the cohort whose calendar has this run, asks the condition for its
/// recipients in the slot's zone, and enqueues one outbox row each with an exactly-once key. A run too late for the
/// reminder's window (downtime) is skipped and logged. Running a slot twice enqueues nothing the second time.
/// </summary>
public sealed class ReminderRunner(LatsarDb db, ProactiveOutbox outbox, ContentBundle content, ReminderHooks hooks, ReminderSchedule schedule, ILogger<ReminderRunner> log)
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
        var recipients = await condition.RecipientsAsync(new ReminderSlot(db, slot.CohortId, classIds, slot.Zone, slot.PlannedDate, plan.Threshold), cancellationToken);
        EnqueueResult result;
        if (plan.Kind == ReminderKind.WeeklySummary && hooks.WeeklySummary is { } weekly)
        {
            result = await weekly(new WeeklySummaryRun(db, slot.CohortId, slot.Zone, slot.PlannedDate, recipients, slot.Prefix, slot.Batch, now), cancellationToken);
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
