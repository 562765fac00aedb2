using LatsarBot.Content;
using LatsarBot.Core.Participants;
using LatsarBot.Core.Schedule;
using LatsarBot.Data;
using LatsarBot.Data.Schedule;
using LatsarBot.Scheduling;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace LatsarBot.Reminders;

/// <summary>
/// Turns the phase calendars and content/reminders.yaml into Quartz triggers: one per (cohort, reminder, local
/// slot), in each zone at that zone's local time, not one per participant. Rebuilding is idempotent: the cohort's
/// reminder jobs that are no longer planned are removed, the planned ones stored again (same key, replaced).
/// Slots already past their validity window are not scheduled.
/// </summary>
public sealed class ReminderSchedule(ContentBundle content, QuietHours quiet, ILogger<ReminderSchedule> log)
{
    public QuietHours Quiet => quiet;

    /// <summary>Every slot of a cohort with the UTC instant it fires, for the given calendars.</summary>
    public IEnumerable<(ReminderSlotKey Slot, DateTimeOffset FireAt, TimeSpan ValidFor)> Slots(int cohortId, IReadOnlyList<PhaseDates> rows, IReadOnlyCollection<int> classIds)
    {
        var calendars = classIds.Select(id => PhaseCalendar.For(rows, id)).ToList();
        if (calendars.Count == 0)
        {
            yield break;
        }

        foreach (var plan in content.Reminders)
        {
            var occurrences = calendars.SelectMany(c => ReminderOccurrence.Of(plan, c, content.Holidays, quiet)).Distinct();
            foreach (var occurrence in occurrences)
            {
                foreach (var zone in Enum.GetValues<TimeZoneCode>())
                {
                    var local = new DateTimeOffset(occurrence.Date.ToDateTime(occurrence.Time), TimeSpan.FromHours((int)zone));
                    yield return (new ReminderSlotKey(cohortId, plan.Id, occurrence.PlannedDate, zone), local.ToUniversalTime(), plan.ValidFor);
                }
            }
        }
    }

    /// <summary>Rebuilds the triggers of one cohort, or of every cohort when <paramref name="cohortId"/> is null; returns how many are scheduled.</summary>
    public async Task<int> RebuildAsync(LatsarDb db, IScheduler scheduler, int? cohortId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cohorts = cohortId is { } one ? [one] : await db.Cohorts.AsNoTracking().Select(c => c.Id).ToListAsync(cancellationToken);
        var total = 0;
        foreach (var id in cohorts)
        {
            var rows = await PhaseCalendars.RowsAsync(db, id, cancellationToken);
            var classIds = await db.Classes.AsNoTracking().Where(c => c.CohortId == id).Select(c => c.Id).ToListAsync(cancellationToken);
            var wanted = Slots(id, rows, classIds)
                .Where(s => s.FireAt + s.ValidFor > now)
                .GroupBy(s => s.Slot.Batch)
                .Select(g => g.First())
                .ToList();
            var wantedNames = wanted.Select(s => s.Slot.Batch).ToHashSet(StringComparer.Ordinal);
            var existing = await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(ReminderSlotKey.Group(id)), cancellationToken);
            foreach (var stale in existing.Where(k => !wantedNames.Contains(k.Name)))
            {
                await scheduler.DeleteJob(stale, cancellationToken);
            }

            foreach (var (slot, fireAt, _) in wanted)
            {
                await LatsarScheduler.ScheduleOnceAsync<ReminderJob>(scheduler, new JobKey(slot.Batch, ReminderSlotKey.Group(id)), fireAt, slot.ToData(), cancellationToken);
            }

            total += wanted.Count;
        }

        log.LogInformation("Reminder triggers rebuilt: {Count} slots for {Cohorts} cohort(s).", total, cohorts.Count);
        return total;
    }
}
