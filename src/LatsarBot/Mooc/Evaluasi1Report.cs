using LatsarBot.Core.Curriculum;
using LatsarBot.Core.Mooc;
using LatsarBot.Core.Mooc.PostTest;
using LatsarBot.Core.Mooc.Progress;
using LatsarBot.Core.Mooc.Trophies;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Mooc;

/// <summary>
/// Evaluasi 1 per participant of a cohort, derived from the stored unit and post-test records with the
/// Core rules (never stored twice): trophies per category, stars, attitude score, attempts, academic score.
/// </summary>
public sealed class Evaluasi1Report(LatsarDb db, MoocCurriculum curriculum, MoocRules rules)
{
    public const string StatusPassed = "lulus";
    public const string StatusPostTestPending = "menunggu_post_test";
    public const string StatusIncomplete = "belum_lengkap";

    public async Task<IReadOnlyList<Evaluasi1Record>?> ForCohortAsync(string cohortName, CancellationToken cancellationToken)
    {
        var cohort = await db.Cohorts.FirstOrDefaultAsync(c => c.Name == cohortName, cancellationToken);
        if (cohort is null)
        {
            return null;
        }

        return (await ForAsync(db.Participants.Where(p => p.Class!.CohortId == cohort.Id), cancellationToken)).Select(r => r.Record).ToList();
    }

    /// <summary>
    /// The records of the given participants (the console passes those of one class within the signed-in scope), by
    /// class, NDH and name, each with the participant's id.
    /// </summary>
    public async Task<IReadOnlyList<(int ParticipantId, Evaluasi1Record Record)>> ForAsync(IQueryable<Participant> query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var participants = await query
            .OrderBy(p => p.Class!.Name).ThenBy(p => p.Ndh).ThenBy(p => p.Name)
            .Select(p => new { p.Id, p.Nip, p.Name, Class = p.Class!.Name }).ToListAsync(cancellationToken);
        var ids = participants.Select(p => p.Id).ToList();
        var trophies = (await db.UnitProgress.Where(u => ids.Contains(u.ParticipantId) && u.TrophyAt != null)
                .Select(u => new { u.ParticipantId, u.UnitId }).ToListAsync(cancellationToken))
            .ToLookup(u => u.ParticipantId, u => u.UnitId);
        var attempts = (await db.PostTestAttempts.Where(a => ids.Contains(a.ParticipantId)).ToListAsync(cancellationToken))
            .ToLookup(a => a.ParticipantId);
        var categories = curriculum.Units.ToDictionary(u => u.Id, u => u.Category);
        var available = curriculum.Available;

        return participants.Select(p =>
        {
            var counts = CategoryCounts.Of(trophies[p.Id].Where(categories.ContainsKey).Select(id => categories[id]));
            var minimums = MinimumsStatus.Evaluate(counts, available, rules);
            var attitude = AttitudeScore.Evaluate(minimums, rules) is AttitudeResult.Complete complete ? complete.Score : (decimal?)null;
            var counted = attempts[p.Id].Where(a => a.Status != PostTestAttemptStatus.InProgress).OrderBy(a => a.Number)
                .Select((a, i) => new PostTestAttempt(i + 1, a.RawScore ?? 0m, a.Passed)).ToList();
            var standing = PostTestLedger.Evaluate(counted, rules);
            var stars = StarDisplay.For(counts.Total, rules);
            var status = attitude is null ? StatusIncomplete : standing.Passed ? StatusPassed : StatusPostTestPending;
            return (p.Id, new Evaluasi1Record(p.Nip?.Value ?? "", p.Name, p.Class, counts.K, counts.S1, counts.S2, counts.Total,
                stars.Full + (stars.Half * 0.5m), attitude, standing.AttemptsTaken, standing.RecordedScore, status));
        }).ToList();
    }
}
