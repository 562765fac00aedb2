using LatsarBot.Core.Mooc.Trophies;

namespace LatsarBot.Core.Mooc.Competition;

/// <summary>
/// The class leaderboard of the MOOC competition (DOMAIN.md A.4, AMB-17): ordered by trophies, then post-test score,
/// then earliest completion, highest first; those missing a score or a completion come after those who have one.
/// Participants equal on all three share a rank ("1, 2, 2, 4") and are listed by participant id, so the order is
/// stable between calls. The caller passes one class: there is no national ranking.
/// </summary>
public static class Leaderboard
{
    public static LeaderboardView For(IReadOnlyList<LeaderboardEntry> classEntries, int viewerId, MoocRules rules)
    {
        ArgumentNullException.ThrowIfNull(classEntries);
        ArgumentNullException.ThrowIfNull(rules);
        var duplicate = classEntries.GroupBy(e => e.ParticipantId).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Participant {duplicate.Key} appears more than once.", nameof(classEntries));
        }

        var ordered = classEntries
            .OrderByDescending(e => e.Trophies)
            .ThenBy(e => e.PostTestScore is null)
            .ThenByDescending(e => e.PostTestScore)
            .ThenBy(e => e.CompletedAt is null)
            .ThenBy(e => e.CompletedAt)
            .ThenBy(e => e.ParticipantId)
            .ToList();

        var rows = new List<LeaderboardRow>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var rank = i > 0 && SamePlace(ordered[i], ordered[i - 1]) ? rows[i - 1].Rank : i + 1;
            rows.Add(Row(rank, ordered[i], ordered[i].ParticipantId == viewerId, rules));
        }

        var viewer = rows.FirstOrDefault(row => row.IsViewer)
            ?? throw new ArgumentException($"Participant {viewerId} is not in this class.", nameof(viewerId));
        return new LeaderboardView([.. rows.Take(rules.Competition.TopCount)], viewer, rows.Count);
    }

    private static bool SamePlace(LeaderboardEntry a, LeaderboardEntry b) =>
        a.Trophies == b.Trophies && a.PostTestScore == b.PostTestScore && a.CompletedAt == b.CompletedAt;

    /// <summary>Opting out hides a participant from others, not from themselves.</summary>
    private static LeaderboardRow Row(int rank, LeaderboardEntry entry, bool isViewer, MoocRules rules)
    {
        var anonymous = entry.OptedOut && !isViewer;
        return new LeaderboardRow(
            rank,
            anonymous ? null : Initials.Of(entry.Name),
            anonymous ? null : entry.Ndh,
            anonymous,
            isViewer,
            entry.Trophies,
            StarDisplay.For(entry.Trophies, rules));
    }
}
