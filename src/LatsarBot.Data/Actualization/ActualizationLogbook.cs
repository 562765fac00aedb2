using LatsarBot.Core.Actualization;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Data.Actualization;

/// <summary>
/// Reads and adds the rows of the actualization logbook through the turn's unit of work (the turn commits),
/// and answers "who has not logged today" for the reminders.
/// </summary>
public sealed class ActualizationLogbook(LatsarDb db)
{
    public async Task<ActualizationPlan?> PlanAsync(int participantId, CancellationToken cancellationToken) =>
        db.ActualizationPlans.Local.FirstOrDefault(p => p.ParticipantId == participantId)
        ?? await db.ActualizationPlans.Include(p => p.Activities).FirstOrDefaultAsync(p => p.ParticipantId == participantId, cancellationToken);

    /// <summary>The participant's plan, added (without a start date) when they plan before the organiser has set one.</summary>
    public async Task<ActualizationPlan> PlanOrNewAsync(int participantId, CancellationToken cancellationToken)
    {
        if (await PlanAsync(participantId, cancellationToken) is { } plan)
        {
            return plan;
        }

        plan = new ActualizationPlan { ParticipantId = participantId };
        db.ActualizationPlans.Add(plan);
        return plan;
    }

    /// <summary>
    /// The organiser's start date for every participant of a cohort (a plan row is added where missing);
    /// the number of participants, or null when there is no such cohort. Committed by the caller.
    /// </summary>
    public async Task<int?> SetCohortStartAsync(string cohortName, DateOnly start, CancellationToken cancellationToken)
    {
        var cohort = await db.Cohorts.FirstOrDefaultAsync(c => c.Name == cohortName, cancellationToken);
        if (cohort is null)
        {
            return null;
        }

        var ids = await db.Participants.Where(p => p.Class!.CohortId == cohort.Id).Select(p => p.Id).ToListAsync(cancellationToken);
        var plans = await db.ActualizationPlans.Where(p => ids.Contains(p.ParticipantId)).ToDictionaryAsync(p => p.ParticipantId, cancellationToken);
        foreach (var id in ids)
        {
            if (!plans.TryGetValue(id, out var plan))
            {
                plan = new ActualizationPlan { ParticipantId = id };
                db.ActualizationPlans.Add(plan);
            }

            plan.StartDate = start;
        }

        return ids.Count;
    }

    public Task<List<LogEntry>> EntriesAsync(int participantId, CancellationToken cancellationToken) =>
        Entries(participantId).ToListAsync(cancellationToken);

    public Task<List<LogEntry>> EntriesOnAsync(int participantId, DateOnly date, CancellationToken cancellationToken) =>
        Entries(participantId).Where(e => e.Date == date).ToListAsync(cancellationToken);

    public Task<LogEntry?> EntryAsync(int participantId, int entryId, CancellationToken cancellationToken) =>
        Entries(participantId).FirstOrDefaultAsync(e => e.Id == entryId, cancellationToken);

    public void Add(LogEntry entry) => db.LogEntries.Add(entry);

    /// <summary>The participant's RTL and presentation outline (Block B), if any.</summary>
    public async Task<FollowUpPlan?> FollowUpAsync(int participantId, CancellationToken cancellationToken) =>
        db.FollowUpPlans.Local.FirstOrDefault(f => f.ParticipantId == participantId)
        ?? await db.FollowUpPlans.FirstOrDefaultAsync(f => f.ParticipantId == participantId, cancellationToken);

    public async Task<FollowUpPlan> FollowUpOrNewAsync(int participantId, CancellationToken cancellationToken)
    {
        if (await FollowUpAsync(participantId, cancellationToken) is { } followUp)
        {
            return followUp;
        }

        followUp = new FollowUpPlan { ParticipantId = participantId };
        db.FollowUpPlans.Add(followUp);
        return followUp;
    }

    public void Remove(LogEntry entry) => db.LogEntries.Remove(entry);

    private IQueryable<LogEntry> Entries(int participantId) =>
        db.LogEntries.Include(e => e.PlannedActivity).Include(e => e.Evidence)
            .Where(e => e.ParticipantId == participantId)
            .OrderBy(e => e.Date).ThenBy(e => e.Id);
}
