using LatsarBot.Core.Mooc;
using LatsarBot.Core.Mooc.Trophies;
using static LatsarBot.Core.Tests.Mooc.MoocBuilders;

namespace LatsarBot.Core.Tests.Mooc.Trophies;

public sealed class MinimumsStatusTests
{
    [Fact]
    public void Evaluate_DefaultBudgetExactMinimums_AllFourMet()
    {
        var earned = new CategoryCounts(2, 23, 3); // DOMAIN.md C.0: 2 + 23 + 3 = 28

        var status = MinimumsStatus.Evaluate(earned, DefaultBudget, MoocRules.Default);

        Assert.True(status.AllMet);
        Assert.Equal(new MinimumRequirement(28, 28), status.Total);
        Assert.Equal(new MinimumRequirement(2, 2), status.K);
        Assert.Equal(new MinimumRequirement(23, 23), status.S1);
        Assert.Equal(new MinimumRequirement(3, 3), status.S2);
    }

    [Theory]
    [InlineData(1, 24, 3, 0, 1, 0, 0)] // AMB-07: 28 trophies but only 1 K
    [InlineData(2, 22, 4, 0, 0, 1, 0)] // 28 trophies, S1 one short of ceil(0.7 × 32) = 23
    [InlineData(3, 23, 2, 0, 0, 0, 1)] // 28 trophies, S2 one short of 3
    [InlineData(2, 20, 3, 3, 0, 3, 0)] // 25 trophies: total and S1 both short
    [InlineData(0, 0, 0, 28, 2, 23, 3)]
    public void Evaluate_SomeMinimumShort_ReportsMissingByN(
        int k, int s1, int s2, int totalMissing, int kMissing, int s1Missing, int s2Missing)
    {
        var earned = new CategoryCounts(k, s1, s2);

        var status = MinimumsStatus.Evaluate(earned, DefaultBudget, MoocRules.Default);

        Assert.False(status.AllMet);
        Assert.Equal(
            (totalMissing, kMissing, s1Missing, s2Missing),
            (status.Total.Missing, status.K.Missing, status.S1.Missing, status.S2.Missing));
    }

    [Theory]
    [InlineData(32, 23)] // DOMAIN.md C.0 / AMB-06
    [InlineData(30, 21)] // 0.7 × 30 is exactly 21: no rounding up
    [InlineData(31, 22)]
    [InlineData(1, 1)]
    [InlineData(0, 0)]
    public void Evaluate_S1Available_RequiresCeilingOf70Percent(int s1Available, int s1Required)
    {
        var available = new CategoryCounts(3, s1Available, 15);

        var status = MinimumsStatus.Evaluate(new CategoryCounts(0, 0, 0), available, MoocRules.Default);

        Assert.Equal(s1Required, status.S1.Required);
    }

    [Fact]
    public void Evaluate_MinimumsFromConfiguration_AreHonoured()
    {
        var rules = RulesWith(TrophyRules.Default with { MinTotal = 30, Minimums = new TrophyMinimums(3, 0.5m, 5) });

        var status = MinimumsStatus.Evaluate(new CategoryCounts(3, 16, 5), DefaultBudget, rules);

        Assert.Equal(
            (new MinimumRequirement(30, 24), new MinimumRequirement(3, 3), new MinimumRequirement(16, 16), new MinimumRequirement(5, 5)),
            (status.Total, status.K, status.S1, status.S2));
    }

    [Fact]
    public void Evaluate_MoreEarnedThanAvailable_Throws()
    {
        var earned = new CategoryCounts(4, 23, 3);

        Assert.Throws<ArgumentException>(() => MinimumsStatus.Evaluate(earned, DefaultBudget, MoocRules.Default));
    }
}
