namespace LatsarBot.Core.Mooc.PostTest;

/// <summary>
/// The raw post-test score and the pass decision (DOMAIN.md A.6, AMB-11/12):
/// <c>raw = 0.70 × %correct(S1) + 0.30 × %correct(S2)</c>, rounded half-up to 2 decimals, passing at ≥ 70.01.
/// S1 13/14 and S2 4/6 give 85.00.
/// </summary>
public static class PostTestScore
{
    public static decimal Raw(AnswerTally s1, AnswerTally s2, MoocRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var postTest = rules.PostTest;

        // One division over a common denominator: 13/14 as a decimal is already rounded, and two rounded
        // percentages can land a hair off a result that is exact (85.00).
        var numerator = (postTest.S1Weight * s1.Correct * 100 * s2.Total) + (postTest.S2Weight * s2.Correct * 100 * s1.Total);
        return rules.Rounding.Round(numerator / (s1.Total * s2.Total));
    }

    /// <summary>Pass or fail is judged on the raw score, before any attempt cap (AMB-10).</summary>
    public static bool IsPass(decimal raw, MoocRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return raw >= rules.PostTest.PassMark;
    }
}
