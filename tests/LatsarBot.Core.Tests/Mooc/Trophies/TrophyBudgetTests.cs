using LatsarBot.Core.Mooc;
using LatsarBot.Core.Mooc.Trophies;
using static LatsarBot.Core.Tests.Mooc.MoocBuilders;

namespace LatsarBot.Core.Tests.Mooc.Trophies;

public sealed class TrophyBudgetTests
{
    [Fact]
    public void Problems_C0Budget_None()
    {
        var problems = TrophyBudget.Problems(DefaultBudget, MoocRules.Default);

        Assert.Empty(problems);
    }

    [Theory]
    [InlineData(3, 32, 16)] // 51 units: above max_total
    [InlineData(1, 32, 15)] // K minimum 2 unreachable
    [InlineData(3, 20, 2)]  // 25 units: min_total 28 and S2 minimum 3 unreachable
    public void Problems_BudgetThatDoesNotFit_Reported(int k, int s1, int s2)
    {
        var problems = TrophyBudget.Problems(new CategoryCounts(k, s1, s2), MoocRules.Default);

        Assert.Single(problems);
    }
}
