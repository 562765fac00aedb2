using LatsarBot.Core.Mooc;
using LatsarBot.Core.Mooc.Trophies;
using static LatsarBot.Core.Tests.Mooc.MoocBuilders;

namespace LatsarBot.Core.Tests.Mooc.Trophies;

public sealed class AttitudeScoreTests
{
    public static TheoryData<int, decimal> LinearTopAnchored => new()
    {
        // DOMAIN.md A.15 worked examples
        { 28, 70.01m }, { 29, 85.00m }, { 30, 90.00m }, { 35, 92.50m }, { 40, 95.00m }, { 45, 97.50m }, { 50, 100.00m },
        // DOMAIN.md AMB-03 table: +0.5 per trophy above 30, no ties between bands
        { 31, 90.50m }, { 41, 95.50m },
    };

    public static TheoryData<int, decimal> BandFloor => new()
    {
        { 28, 70.01m }, { 29, 80m }, { 30, 80m }, { 31, 90m }, { 40, 90m }, { 41, 95m }, { 50, 95m }, // AMB-03
    };

    public static TheoryData<int, decimal> BandCeiling => new()
    {
        { 28, 70.01m }, { 29, 90m }, { 30, 90m }, { 31, 95m }, { 40, 95m }, { 41, 100m }, { 50, 100m },
    };

    [Theory, MemberData(nameof(LinearTopAnchored))]
    public void Evaluate_MinimumsMetDefaultMode_ScoresLinearTopAnchored(int trophies, decimal expected)
    {
        var minimums = MinimumsWithCategoriesMet(trophies);

        var result = AttitudeScore.Evaluate(minimums, MoocRules.Default);

        Assert.Equal(new AttitudeResult.Complete(minimums, expected), result);
    }

    [Theory, MemberData(nameof(BandFloor))]
    public void Evaluate_BandFloorMode_ScoresLowestOfBand(int trophies, decimal expected)
    {
        var rules = RulesWith(AttitudeMappingMode.BandFloor);

        var result = AttitudeScore.Evaluate(MinimumsWithCategoriesMet(trophies, rules), rules);

        Assert.Equal(expected, Assert.IsType<AttitudeResult.Complete>(result).Score);
    }

    [Theory, MemberData(nameof(BandCeiling))]
    public void Evaluate_BandCeilingMode_ScoresHighestOfBand(int trophies, decimal expected)
    {
        var rules = RulesWith(AttitudeMappingMode.BandCeiling);

        var result = AttitudeScore.Evaluate(MinimumsWithCategoriesMet(trophies, rules), rules);

        Assert.Equal(expected, Assert.IsType<AttitudeResult.Complete>(result).Score);
    }

    [Fact]
    public void Evaluate_27Trophies_NotComplete()
    {
        var minimums = MinimumsFor(new CategoryCounts(2, 22, 3)); // A.15: 27 → not complete

        var result = AttitudeScore.Evaluate(minimums, MoocRules.Default);

        Assert.Equal(1, Assert.IsType<AttitudeResult.NotComplete>(result).Minimums.Total.Missing);
    }

    [Fact]
    public void Evaluate_28TrophiesButKMissing_NotComplete()
    {
        var minimums = MinimumsFor(new CategoryCounts(1, 24, 3)); // AMB-07: all four minimums together

        var result = AttitudeScore.Evaluate(minimums, MoocRules.Default);

        Assert.Equal(new AttitudeResult.NotComplete(minimums), result);
    }

    [Fact]
    public void Evaluate_28To50WithMinimumsMet_RisesStrictlyWithEveryTrophy()
    {
        var previous = 0m;
        for (var trophies = 28; trophies <= 50; trophies++)
        {
            var result = AttitudeScore.Evaluate(MinimumsWithCategoriesMet(trophies), MoocRules.Default);

            var score = Assert.IsType<AttitudeResult.Complete>(result).Score;
            Assert.True(score > previous, $"{trophies} trophies scored {score}, not above {previous}.");
            previous = score;
        }
    }

    [Fact]
    public void ForTrophies_MidpointScore_RoundsHalfUp()
    {
        // 29 in a 29–30 band of 80–90.01 is 90.01 − 10.01 / 2 = 85.005; banker's rounding would give 85.00.
        var bands = new AttitudeMapping(AttitudeMappingMode.LinearTopAnchored, [new AttitudeBand(29, 30, 80m, 90.01m)]);
        var rules = RulesWith(TrophyRules.Default with { AttitudeMapping = bands });

        var score = AttitudeScore.ForTrophies(29, rules);

        Assert.Equal(85.01m, score);
    }

    [Theory]
    [InlineData(27)]
    [InlineData(51)]
    public void ForTrophies_NoBandHoldsCount_Throws(int trophies)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AttitudeScore.ForTrophies(trophies, MoocRules.Default));
    }
}
