namespace LatsarBot.Core.Mooc.Trophies;

/// <summary>
/// The four MOOC completion requirements, all of which must hold (DOMAIN.md A.5, AMB-05/06/07): total ≥ 28, K ≥ 2,
/// S1 ≥ ceil(70 % of the S1 trophies available) and S2 ≥ 3, counted over Agenda I–III combined. With the C.0 budget
/// (K 3, S1 32, S2 15) the S1 minimum is ceil(0.7 × 32) = 23.
/// </summary>
public sealed record MinimumsStatus(
    MinimumRequirement Total,
    MinimumRequirement K,
    MinimumRequirement S1,
    MinimumRequirement S2)
{
    public bool AllMet => Total.IsMet && K.IsMet && S1.IsMet && S2.IsMet;

    /// <param name="earned">Trophies the participant holds, per category.</param>
    /// <param name="available">Trophies the curriculum offers, per category (one per unit, AMB-08).</param>
    public static MinimumsStatus Evaluate(CategoryCounts earned, CategoryCounts available, MoocRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        foreach (var category in Enum.GetValues<UnitCategory>())
        {
            if (earned[category] > available[category])
            {
                throw new ArgumentException(
                    $"{earned[category]} {category} trophies earned but only {available[category]} available.",
                    nameof(earned));
            }
        }

        var trophies = rules.Trophies;
        var s1Required = (int)Math.Ceiling(trophies.Minimums.S1Ratio * available.S1);
        return new MinimumsStatus(
            new MinimumRequirement(trophies.MinTotal, earned.Total),
            new MinimumRequirement(trophies.Minimums.K, earned.K),
            new MinimumRequirement(s1Required, earned.S1),
            new MinimumRequirement(trophies.Minimums.S2, earned.S2));
    }
}
