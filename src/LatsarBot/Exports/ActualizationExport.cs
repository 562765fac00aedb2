using LatsarBot.Core.Participants;
using LatsarBot.Data;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Exports;

/// <summary>Each participant's 30-day actualization (DOMAIN.md A.8) at a glance: plan, log, evidence, coach's reviews, RTL.</summary>
public static class ActualizationExport
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "Nip", "Name", "Class", "Ndh", "StartDate", "PlannedActivities", "ActivitiesLogged", "ActivitiesFinished",
        "DaysLogged", "Entries", "EvidenceFiles", "EntriesReviewedByCoach", "RtlItems",
    ];

    public static async Task<ExportTable> BuildAsync(LatsarDb db, IQueryable<Participant> participants, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var people = await participants
            .OrderBy(p => p.Class!.Name).ThenBy(p => p.Ndh).ThenBy(p => p.Name)
            .Select(p => new { p.Id, p.Nip, p.Name, Class = p.Class!.Name, p.Ndh }).ToListAsync(cancellationToken);
        var ids = people.Select(p => p.Id).ToList();
        var plans = await db.ActualizationPlans.Where(p => ids.Contains(p.ParticipantId))
            .Select(p => new { p.ParticipantId, p.StartDate, Planned = p.Activities.Count, Finished = p.Activities.Count(a => a.FinishedAt != null) })
            .ToDictionaryAsync(p => p.ParticipantId, cancellationToken);
        var entries = (await db.LogEntries.Where(e => ids.Contains(e.ParticipantId))
                .Select(e => new { e.ParticipantId, e.DayNumber, e.PlannedActivityId, Evidence = e.Evidence.Count, Reviewed = db.EntryReviews.Any(r => r.LogEntryId == e.Id && r.Kind == Core.Coaching.EntryReviewKind.CoachReviewed) })
                .ToListAsync(cancellationToken))
            .ToLookup(e => e.ParticipantId);
        var rtl = (await db.FollowUpPlans.Where(f => ids.Contains(f.ParticipantId)).Select(f => new { f.ParticipantId, f.Rtl }).ToListAsync(cancellationToken))
            .ToDictionary(f => f.ParticipantId, f => Core.Actualization.FollowUpPlan.Lines(f.Rtl).Count);

        var rows = people.Select(p =>
        {
            var plan = plans.GetValueOrDefault(p.Id);
            var own = entries[p.Id].ToList();
            return (IReadOnlyList<object?>)
            [
                p.Nip?.Value ?? "", p.Name, p.Class, p.Ndh, plan?.StartDate, plan?.Planned ?? 0,
                own.Select(e => e.PlannedActivityId).Distinct().Count(), plan?.Finished ?? 0,
                own.Select(e => e.DayNumber).Distinct().Count(), own.Count, own.Sum(e => e.Evidence), own.Count(e => e.Reviewed),
                rtl.GetValueOrDefault(p.Id),
            ];
        }).ToList();
        return new ExportTable("Aktualisasi", Columns, rows);
    }
}
