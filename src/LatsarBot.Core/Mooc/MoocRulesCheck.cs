namespace LatsarBot.Core.Mooc;

/// <summary>
/// Settings the MOOC rules cannot work with, for the content check at start-up (ARCHITECTURE.md "Content is data"):
/// a loaded <see cref="MoocRules"/> with problems would otherwise fail in the middle of a participant's turn. Each
/// problem names its key in the A.15 layout.
/// </summary>
public static class MoocRulesCheck
{
    public static IReadOnlyList<string> Problems(MoocRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return [.. TrophyProblems(rules), .. BandProblems(rules), .. PostTestProblems(rules), .. CapProblems(rules), .. OtherProblems(rules)];
    }

    private static IEnumerable<string> TrophyProblems(MoocRules rules)
    {
        var t = rules.Trophies;
        if (t.PerUnit < 1)
        {
            yield return "trophies.per_unit must be at least 1.";
        }

        if (t.MinTotal < 0 || t.MinTotal > t.MaxTotal)
        {
            yield return "trophies.min_total must lie between 0 and trophies.max_total.";
        }

        if (t.HalfStarAt < 1 || t.HalfStarAt >= t.FullStarAt)
        {
            yield return "trophies.half_star_at must be at least 1 and below trophies.full_star_at.";
        }

        if (t.Minimums.K < 0 || t.Minimums.S2 < 0 || t.Minimums.S1Ratio is <= 0m or > 1m)
        {
            yield return "trophies.minimums: K and S2 must not be negative, S1_ratio must lie in (0, 1].";
        }

        if (t.UnitPassRatio is <= 0m or > 1m)
        {
            yield return "trophies.unit_pass_ratio must lie in (0, 1].";
        }
    }

    /// <summary>Every count from min_total to max_total needs exactly one band, and scores must not fall as trophies rise (AMB-02/03).</summary>
    private static IEnumerable<string> BandProblems(MoocRules rules)
    {
        var bands = rules.Trophies.AttitudeMapping.Bands;
        if (bands.Count == 0)
        {
            yield return "trophies.attitude_mapping.bands is empty.";
            yield break;
        }

        if (bands[0].MinTrophies != rules.Trophies.MinTotal || bands[^1].MaxTrophies != rules.Trophies.MaxTotal)
        {
            yield return "trophies.attitude_mapping.bands must run from trophies.min_total to trophies.max_total.";
        }

        for (var i = 0; i < bands.Count; i++)
        {
            if (bands[i].MinTrophies > bands[i].MaxTrophies || bands[i].MinScore > bands[i].MaxScore)
            {
                yield return $"trophies.attitude_mapping.bands[{i}] runs backwards.";
            }

            if (i > 0 && (bands[i].MinTrophies != bands[i - 1].MaxTrophies + 1 || bands[i].MinScore < bands[i - 1].MaxScore))
            {
                yield return $"trophies.attitude_mapping.bands[{i}] does not follow bands[{i - 1}] without gap, overlap or a falling score.";
            }
        }
    }

    private static IEnumerable<string> PostTestProblems(MoocRules rules)
    {
        var p = rules.PostTest;
        if (p.S1Weight < 0m || p.S2Weight < 0m || p.S1Weight + p.S2Weight != 1m)
        {
            yield return "posttest.weights must not be negative and must add up to 1.";
        }

        if (p.S1Items < 1 || p.S2Items < 1)
        {
            yield return "posttest.items: S1 and S2 need at least 1 item each.";
        }

        if (p.Agendas.Count == 0)
        {
            yield return "posttest.agendas is empty.";
        }
    }

    /// <summary>Caps must cover every attempt from 1 on, and the pass mark must be reachable under the lowest cap (AMB-11).</summary>
    private static IEnumerable<string> CapProblems(MoocRules rules)
    {
        var caps = rules.PostTest.AttemptCaps;
        if (caps.Count == 0 || caps[0].FromAttempt != 1 || caps[^1].ToAttempt is not null)
        {
            yield return "posttest.attempt_caps must start at attempt 1 and end open (attempts: [n, null]).";
            yield break;
        }

        for (var i = 1; i < caps.Count; i++)
        {
            if (caps[i - 1].ToAttempt is not { } previousEnd || caps[i].FromAttempt != previousEnd + 1)
            {
                yield return $"posttest.attempt_caps[{i}] does not follow attempt_caps[{i - 1}] without gap or overlap.";
            }
        }

        if (rules.PostTest.PassMark > caps.Min(cap => cap.Max))
        {
            yield return "posttest.pass_mark must not exceed the lowest attempt cap, or a late pass records less than the pass mark.";
        }
    }

    private static IEnumerable<string> OtherProblems(MoocRules rules)
    {
        if (rules.Competition.TopCount < 1)
        {
            yield return "competition.top_count must be at least 1.";
        }

        if (rules.Rounding.Decimals is < 0 or > 28)
        {
            yield return "rounding.dp must lie between 0 and 28.";
        }
    }
}
