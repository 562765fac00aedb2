using LatsarBot.Core.Mooc;
using LatsarBot.Core.Mooc.Trophies;
using static LatsarBot.Core.Tests.Mooc.MoocBuilders;

namespace LatsarBot.Core.Tests.Mooc.Trophies;

public sealed class UnitTrophyTests
{
    [Theory] // DOMAIN.md AMB-08: content consumed AND micro-quiz ≥ 70 %, at most one trophy per unit
    [InlineData(false, true, 7, 10, UnitTrophyOutcome.Awarded)]       // exactly 70 %
    [InlineData(false, true, 3, 4, UnitTrophyOutcome.Awarded)]
    [InlineData(false, true, 5, 5, UnitTrophyOutcome.Awarded)]
    [InlineData(false, true, 6, 10, UnitTrophyOutcome.QuizNotPassed)]
    [InlineData(false, true, 2, 3, UnitTrophyOutcome.QuizNotPassed)]  // 66.67 %
    [InlineData(false, false, 10, 10, UnitTrophyOutcome.ContentNotConsumed)]
    [InlineData(true, true, 10, 10, UnitTrophyOutcome.AlreadyAwarded)] // a retry after the trophy earns nothing more
    [InlineData(true, false, 0, 10, UnitTrophyOutcome.AlreadyAwarded)]
    public void Decide_UnitState_GivesOutcome(
        bool alreadyAwarded, bool contentConsumed, int correct, int questions, UnitTrophyOutcome expected)
    {
        var outcome = UnitTrophy.Decide(alreadyAwarded, contentConsumed, correct, questions, MoocRules.Default);

        Assert.Equal(expected, outcome);
    }

    [Fact]
    public void Decide_PassRatioFromConfiguration_IsHonoured()
    {
        var rules = RulesWith(TrophyRules.Default with { UnitPassRatio = 0.80m });

        var outcome = UnitTrophy.Decide(alreadyAwarded: false, contentConsumed: true, 7, 10, rules);

        Assert.Equal(UnitTrophyOutcome.QuizNotPassed, outcome);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(-1, 5)]
    [InlineData(6, 5)]
    public void QuizPassed_ImpossibleCounts_Throws(int correct, int questions)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => UnitTrophy.QuizPassed(correct, questions, MoocRules.Default));
    }
}
