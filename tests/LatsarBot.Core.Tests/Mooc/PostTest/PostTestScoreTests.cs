using LatsarBot.Core.Mooc;
using LatsarBot.Core.Mooc.PostTest;
using static LatsarBot.Core.Tests.Mooc.MoocBuilders;

namespace LatsarBot.Core.Tests.Mooc.PostTest;

public sealed class PostTestScoreTests
{
    public static TheoryData<int, int, int, int, decimal> RawScores => new()
    {
        { 13, 14, 4, 6, 85.00m },  // DOMAIN.md A.15: 0.7 × 92.86 % + 0.3 × 66.67 %
        { 14, 14, 6, 6, 100.00m },
        { 0, 14, 0, 6, 0.00m },
        { 14, 14, 0, 6, 70.00m },  // all S1 right, no S2: 70 % is not a pass
        { 11, 14, 3, 6, 70.00m },
        { 3, 16, 0, 1, 13.13m },   // 13.125 rounds half-up; banker's rounding would give 13.12
        { 1, 3, 0, 1, 23.33m },
    };

    [Theory, MemberData(nameof(RawScores))]
    public void Raw_Tallies_Weights70To30AndRoundsHalfUp(int s1Correct, int s1Total, int s2Correct, int s2Total, decimal expected)
    {
        var raw = PostTestScore.Raw(new AnswerTally(s1Correct, s1Total), new AnswerTally(s2Correct, s2Total), MoocRules.Default);

        Assert.Equal(expected, raw);
    }

    [Fact]
    public void Raw_WeightsFromConfiguration_AreHonoured()
    {
        var rules = RulesWith(PostTestRules.Default with { S1Weight = 0.5m, S2Weight = 0.5m });

        var raw = PostTestScore.Raw(new AnswerTally(14, 14), new AnswerTally(0, 6), rules);

        Assert.Equal(50.00m, raw);
    }

    public static TheoryData<decimal, bool> PassMarks => new()
    {
        { 70.01m, true }, { 70.00m, false }, { 100m, true }, { 0m, false }, // DOMAIN.md AMB-11
    };

    [Theory, MemberData(nameof(PassMarks))]
    public void IsPass_RawScore_PassesFrom7001(decimal raw, bool expected)
    {
        var passed = PostTestScore.IsPass(raw, MoocRules.Default);

        Assert.Equal(expected, passed);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(-1, 6)]
    [InlineData(7, 6)]
    public void AnswerTally_ImpossibleCounts_Throws(int correct, int total)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AnswerTally(correct, total));
    }
}
