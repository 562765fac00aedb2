using LatsarBot.Core.Mooc;
using LatsarBot.Core.Mooc.PostTest;
using LatsarBot.Core.Mooc.Trophies;

namespace LatsarBot.Core.Tests.Mooc;

/// <summary>Small builders for MOOC rule tests: rule variants and trophy counts shaped like the C.0 default content.</summary>
internal static class MoocBuilders
{
    /// <summary>The DOMAIN.md C.0 budget: K 3, S1 32, S2 15 = 50 units.</summary>
    public static CategoryCounts DefaultBudget { get; } = new(3, 32, 15);

    public static MoocRules RulesWith(TrophyRules trophies) => MoocRules.Default with { Trophies = trophies };

    public static MoocRules RulesWith(PostTestRules postTest) => MoocRules.Default with { PostTest = postTest };

    public static MoocRules RulesWith(AttitudeMappingMode mode) => RulesWith(
        TrophyRules.Default with { AttitudeMapping = AttitudeMapping.Default with { Mode = mode } });

    public static MoocRules RulesWith(PostTestMode mode) => RulesWith(PostTestRules.Default with { Mode = mode });

    /// <summary>
    /// <paramref name="total"/> trophies spread over the C.0 budget so that every category minimum holds when the total
    /// allows it: K 2, S2 3 and the rest in S1, overflowing into K and then S2 once S1 is full.
    /// </summary>
    public static CategoryCounts EarnedMeetingCategoryMinimums(int total)
    {
        var s1 = Math.Min(total - 5, DefaultBudget.S1);
        var overflow = total - 5 - s1;
        var extraK = Math.Min(overflow, DefaultBudget.K - 2);
        return new CategoryCounts(2 + extraK, s1, 3 + overflow - extraK);
    }

    public static MinimumsStatus MinimumsFor(CategoryCounts earned, MoocRules? rules = null) =>
        MinimumsStatus.Evaluate(earned, DefaultBudget, rules ?? MoocRules.Default);

    public static MinimumsStatus MinimumsWithCategoriesMet(int total, MoocRules? rules = null) =>
        MinimumsFor(EarnedMeetingCategoryMinimums(total), rules);
}
