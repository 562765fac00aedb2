namespace LatsarBot.Core.Mooc.Trophies;

/// <summary>A curriculum's trophy budget checked against the rules, for the content check at start-up.</summary>
public static class TrophyBudget
{
    /// <summary>
    /// Whether a curriculum's trophy budget (the trophies its units offer per category, AMB-08) fits the rules: no more than
    /// max_total, and every minimum reachable. DOMAIN.md C.0's budget (K 3, S1 32, S2 15) fits exactly.
    /// </summary>
    public static IReadOnlyList<string> Problems(CategoryCounts available, MoocRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var t = rules.Trophies;
        var problems = new List<string>();
        if (available.Total > t.MaxTotal)
        {
            problems.Add($"The curriculum offers {available.Total} trophies, more than trophies.max_total {t.MaxTotal}.");
        }

        if (available.Total < t.MinTotal || available.K < t.Minimums.K || available.S2 < t.Minimums.S2)
        {
            problems.Add(
                $"The curriculum offers K {available.K}, S1 {available.S1}, S2 {available.S2}: too few to reach "
                + $"trophies.min_total {t.MinTotal}, K {t.Minimums.K} and S2 {t.Minimums.S2}.");
        }

        return problems;
    }
}
