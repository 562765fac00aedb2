namespace LatsarBot.Core.Mooc.Trophies;

/// <summary>
/// The attitude score from trophies (DOMAIN.md A.5, AMB-02/03/05/07). Bands are exclusive at the bottom score and
/// inclusive at the top, so in the default <see cref="AttitudeMappingMode.LinearTopAnchored"/> mode
/// <c>score = s_max − (t_max − t) × (s_max − s_min) / (t_max − t_min + 1)</c>: 28 → 70.01, 29 → 85.00, 30 → 90.00,
/// 35 → 92.50, 40 → 95.00, 45 → 97.50, 50 → 100.00, rising with every trophy and never tied across bands.
/// </summary>
public static class AttitudeScore
{
    public static AttitudeResult Evaluate(MinimumsStatus minimums, MoocRules rules)
    {
        ArgumentNullException.ThrowIfNull(minimums);
        ArgumentNullException.ThrowIfNull(rules);

        return minimums.AllMet
            ? new AttitudeResult.Complete(minimums, ForTrophies(minimums.Total.Have, rules))
            : new AttitudeResult.NotComplete(minimums);
    }

    /// <summary>
    /// The score a trophy count maps to, minimums aside: for previews such as "1 more trophy lifts the attitude score
    /// to 85.00" (AMB-04). Throws when no band holds the count, as for anything below 28.
    /// </summary>
    public static decimal ForTrophies(int trophies, MoocRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var mapping = rules.Trophies.AttitudeMapping;
        var band = mapping.Bands.FirstOrDefault(b => b.Contains(trophies))
            ?? throw new ArgumentOutOfRangeException(nameof(trophies), trophies, "No attitude band holds this trophy count.");

        var score = mapping.Mode switch
        {
            AttitudeMappingMode.LinearTopAnchored => band.MaxScore
                - ((band.MaxTrophies - trophies) * (band.MaxScore - band.MinScore)
                    / (band.MaxTrophies - band.MinTrophies + 1)),
            AttitudeMappingMode.BandFloor => band.MinScore,
            AttitudeMappingMode.BandCeiling => band.MaxScore,
            _ => throw new ArgumentOutOfRangeException(nameof(rules), mapping.Mode, "Unknown attitude mapping mode."),
        };
        return rules.Rounding.Round(score);
    }
}
