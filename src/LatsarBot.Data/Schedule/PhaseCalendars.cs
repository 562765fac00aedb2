using LatsarBot.Core.Actualization;
using LatsarBot.Core.Schedule;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Data.Schedule;

/// <summary>
/// Reads and sets a cohort's phase calendar. Setting the actualization start moves the participants' own start
/// dates (<see cref="ActualizationPlan.StartDate"/>) with it, except where a participant's date was adjusted on its
/// own (it differs from the calendar's date before the change).
/// </summary>
public static class PhaseCalendars
{
    public static Task<List<PhaseDates>> RowsAsync(LatsarDb db, int cohortId, CancellationToken cancellationToken) =>
        db.PhaseDates.AsNoTracking().Where(p => p.CohortId == cohortId).ToListAsync(cancellationToken);

    /// <summary>The calendar a participant follows: their class's dates over their cohort's.</summary>
    public static async Task<PhaseCalendar?> ForParticipantAsync(LatsarDb db, int participantId, CancellationToken cancellationToken)
    {
        var place = await db.Participants.AsNoTracking().Where(p => p.Id == participantId)
            .Select(p => new { p.ClassId, p.Class!.CohortId }).FirstOrDefaultAsync(cancellationToken);
        return place is null ? null : PhaseCalendar.For(await RowsAsync(db, place.CohortId, cancellationToken), place.ClassId);
    }

    /// <summary>
    /// Sets one phase for a cohort (<paramref name="classId"/> null) or one class. Refused with the reasons when the
    /// resulting calendar of the cohort or of any of its classes breaks a rule. Adds the changes to <paramref name="db"/>;
    /// the caller saves.
    /// </summary>
    public static Task<PhaseChange> SetAsync(LatsarDb db, int cohortId, int? classId, Phase phase, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        SetAsync(db, cohortId, [new PhaseSetting(classId, phase, from, to)], cancellationToken);

    /// <summary>Several phases at once (a CSV import), checked together, so their order is judged on the final dates.</summary>
    public static async Task<PhaseChange> SetAsync(LatsarDb db, int cohortId, IReadOnlyList<PhaseSetting> settings, CancellationToken cancellationToken)
    {
        var rows = await db.PhaseDates.Where(p => p.CohortId == cohortId).ToListAsync(cancellationToken);
        var classIds = await db.Classes.Where(c => c.CohortId == cohortId).Select(c => c.Id).ToListAsync(cancellationToken);
        var before = classIds.ToDictionary(id => id, id => PhaseCalendar.For(rows, id));

        var undo = new List<Action>();
        foreach (var (classId, phase, from, to) in settings)
        {
            var row = rows.FirstOrDefault(r => r.ClassId == classId && r.Phase == phase);
            if (row is null)
            {
                row = new PhaseDates { CohortId = cohortId, ClassId = classId, Phase = phase };
                rows.Add(row);
                undo.Add(() => rows.Remove(row));
            }
            else
            {
                var (oldFrom, oldTo) = (row.From, row.To);
                undo.Add(() => (row.From, row.To) = (oldFrom, oldTo));
            }

            (row.From, row.To) = (from, to);
        }

        var problems = new List<string>();
        var onlyClasses = settings.All(s => s.ClassId is not null);
        foreach (var scope in new int?[] { null }.Concat(classIds.Select(id => (int?)id)))
        {
            if (onlyClasses && !settings.Any(s => s.ClassId == scope))
            {
                continue;
            }

            foreach (var problem in PhaseCalendar.For(rows, scope).Problems())
            {
                if (scope is null || !problems.Contains(problem))
                {
                    problems.Add(scope is null ? problem : $"class {scope}: {problem}");
                }
            }
        }

        if (problems.Count > 0)
        {
            undo.ForEach(u => u());
            return new PhaseChange(problems.Distinct().ToList(), 0);
        }

        foreach (var row in rows.Where(r => r.Id == 0))
        {
            db.PhaseDates.Add(row);
        }

        var moved = settings.Any(s => s.Phase == Phase.Actualization) ? await MovePlansAsync(db, classIds, before, rows, cancellationToken) : 0;
        return new PhaseChange([], moved);
    }

    private static async Task<int> MovePlansAsync(LatsarDb db, List<int> classIds, Dictionary<int, PhaseCalendar> before, List<PhaseDates> rows, CancellationToken cancellationToken)
    {
        var moved = 0;
        foreach (var classId in classIds)
        {
            var oldStart = before[classId][Phase.Actualization]?.From;
            var newStart = PhaseCalendar.For(rows, classId)[Phase.Actualization]?.From;
            if (newStart is null || newStart == oldStart)
            {
                continue;
            }

            var ids = await db.Participants.Where(p => p.ClassId == classId).Select(p => p.Id).ToListAsync(cancellationToken);
            // Joined, not a list of ids: a class's ids as query parameters overflow SQLite's limit in a large cohort.
            var plans = await db.ActualizationPlans.Where(p => db.Participants.Any(x => x.Id == p.ParticipantId && x.ClassId == classId))
                .ToDictionaryAsync(p => p.ParticipantId, cancellationToken);
            foreach (var id in ids)
            {
                if (!plans.TryGetValue(id, out var plan))
                {
                    plan = new ActualizationPlan { ParticipantId = id };
                    db.ActualizationPlans.Add(plan);
                }

                // A date of the participant's own (not the calendar's old one) was adjusted on purpose: keep it.
                if (plan.StartDate is null || plan.StartDate == oldStart)
                {
                    plan.StartDate = newStart;
                    moved++;
                }
            }
        }

        return moved;
    }
}

/// <summary>One phase's dates for the cohort (<see cref="ClassId"/> null) or one class.</summary>
public sealed record PhaseSetting(int? ClassId, Phase Phase, DateOnly From, DateOnly To);

/// <summary>The outcome of <see cref="PhaseCalendars.SetAsync"/>: why it was refused, or how many participants' start dates moved.</summary>
public sealed record PhaseChange(IReadOnlyList<string> Problems, int PlansMoved)
{
    public bool Accepted => Problems.Count == 0;
}
