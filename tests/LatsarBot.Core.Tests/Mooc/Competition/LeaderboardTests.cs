using LatsarBot.Core.Mooc;
using LatsarBot.Core.Mooc.Competition;
using LatsarBot.Core.Mooc.Trophies;

namespace LatsarBot.Core.Tests.Mooc.Competition;

public sealed class LeaderboardTests
{
    private static readonly DateTimeOffset Morning = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void For_DifferentTrophies_RanksMostTrophiesFirst()
    {
        LeaderboardEntry[] entries = [Entry(1, trophies: 30), Entry(2, trophies: 40), Entry(3, trophies: 35)];

        var view = Leaderboard.For(entries, viewerId: 1, MoocRules.Default);

        Assert.Equal([(1, 2), (2, 3), (3, 1)], RanksAndNdh(view));
    }

    [Fact]
    public void For_EqualTrophies_RanksHigherPostTestScoreFirstAndNoScoreLast()
    {
        LeaderboardEntry[] entries = [Entry(1, 40, score: null), Entry(2, 40, score: 80m), Entry(3, 40, score: 95m)];

        var view = Leaderboard.For(entries, viewerId: 1, MoocRules.Default);

        Assert.Equal([(1, 3), (2, 2), (3, 1)], RanksAndNdh(view));
    }

    [Fact]
    public void For_EqualTrophiesAndScore_RanksEarliestCompletionFirstAndNotCompletedLast()
    {
        LeaderboardEntry[] entries =
        [
            Entry(1, 40, 90m, completedAt: null),
            Entry(2, 40, 90m, completedAt: Morning.AddHours(2)),
            Entry(3, 40, 90m, completedAt: Morning),
        ];

        var view = Leaderboard.For(entries, viewerId: 1, MoocRules.Default);

        Assert.Equal([(1, 3), (2, 2), (3, 1)], RanksAndNdh(view));
    }

    [Fact]
    public void For_FullTie_SharesRankListsByParticipantIdAndSkipsNextRank()
    {
        LeaderboardEntry[] entries = [Entry(9, 20), Entry(5, 30), Entry(7, 30), Entry(6, 30)];

        var view = Leaderboard.For(entries, viewerId: 9, MoocRules.Default);

        Assert.Equal([(1, 5), (1, 6), (1, 7), (4, 9)], RanksAndNdh(view));
    }

    [Fact]
    public void For_OptedOutOther_ShownAnonymousWithoutInitialsOrNdh()
    {
        LeaderboardEntry[] entries = [Entry(1, 40, name: "Andi Pratama", optedOut: true), Entry(2, 30)];

        var view = Leaderboard.For(entries, viewerId: 2, MoocRules.Default);

        Assert.Equal(
            new LeaderboardRow(1, null, null, IsAnonymous: true, IsViewer: false, 40, new StarDisplay(4, 0, 0)),
            view.Top[0]);
    }

    [Fact]
    public void For_OptedOutViewer_SeesOwnInitialsAndRank()
    {
        LeaderboardEntry[] entries = [Entry(1, 40), Entry(2, 28, name: "Andi Pratama", optedOut: true)];

        var view = Leaderboard.For(entries, viewerId: 2, MoocRules.Default);

        Assert.Equal(
            new LeaderboardRow(2, "A.P.", 2, IsAnonymous: false, IsViewer: true, 28, new StarDisplay(2, 1, 3)),
            view.Viewer);
    }

    [Fact]
    public void For_FifteenParticipants_ShowsTop10AndTheViewerBelowThem()
    {
        var entries = Enumerable.Range(1, 15).Select(id => Entry(id, trophies: 50 - id)).ToList();

        var view = Leaderboard.For(entries, viewerId: 13, MoocRules.Default);

        Assert.Equal(Enumerable.Range(1, 10), view.Top.Select(row => row.Rank));
        Assert.Equal((13, 15), (view.Viewer.Rank, view.Participants));
    }

    [Fact]
    public void For_TopCountFromConfiguration_IsHonoured()
    {
        var entries = Enumerable.Range(1, 15).Select(id => Entry(id, trophies: 50 - id)).ToList();
        var rules = MoocRules.Default with { Competition = new CompetitionRules(TopCount: 3) };

        var view = Leaderboard.For(entries, viewerId: 1, rules);

        Assert.Equal(3, view.Top.Count);
    }

    [Fact]
    public void For_ViewerNotInClass_Throws()
    {
        LeaderboardEntry[] entries = [Entry(1, 30)];

        Assert.Throws<ArgumentException>(() => Leaderboard.For(entries, viewerId: 2, MoocRules.Default));
    }

    [Fact]
    public void For_SameParticipantTwice_Throws()
    {
        LeaderboardEntry[] entries = [Entry(1, 30), Entry(1, 31)];

        Assert.Throws<ArgumentException>(() => Leaderboard.For(entries, viewerId: 1, MoocRules.Default));
    }

    /// <summary>A participant whose NDH equals their id, so tests can tell rows apart.</summary>
    private static LeaderboardEntry Entry(
        int id, int trophies, decimal? score = null, DateTimeOffset? completedAt = null, string? name = null, bool optedOut = false) =>
        new(id, name ?? $"Peserta {id}", id, trophies, score, completedAt, optedOut);

    private static List<(int Rank, int? Ndh)> RanksAndNdh(LeaderboardView view) => [.. view.Top.Select(row => (row.Rank, row.Ndh))];
}
