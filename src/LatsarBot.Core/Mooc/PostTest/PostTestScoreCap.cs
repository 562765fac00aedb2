namespace LatsarBot.Core.Mooc.PostTest;

/// <summary>
/// The most a post-test attempt can record (DOMAIN.md A.6, AMB-10): attempts 1–3 up to 100, 4–5 up to 90.01,
/// 6 up to 80.01, 7 and later up to 70.01. <c>recorded = min(raw, cap(n))</c>.
/// </summary>
public static class PostTestScoreCap
{
    public static decimal CapFor(int attempt, MoocRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(attempt);

        var cap = rules.PostTest.AttemptCaps.FirstOrDefault(c => c.Covers(attempt))
            ?? throw new ArgumentOutOfRangeException(nameof(attempt), attempt, "No attempt cap covers this attempt.");
        return cap.Max;
    }

    public static decimal Recorded(int attempt, decimal raw, MoocRules rules)
    {
        var cap = CapFor(attempt, rules);
        return rules.Rounding.Round(Math.Min(raw, cap));
    }
}
