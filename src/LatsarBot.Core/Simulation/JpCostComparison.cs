namespace LatsarBot.Core.Simulation;

/// <summary>
/// A design against a baseline (the seed: blended against classical), with the derived values of DOMAIN.md A.12:
/// the savings per participant and for the class, the saving as a share of the baseline, and the difference in JP and days.
/// Positive savings mean the design is cheaper than the baseline.
/// </summary>
public sealed record JpCostComparison(JpCostResult Design, JpCostResult Baseline)
{
    public decimal SavingPerParticipant => Baseline.Parameters.CostPerParticipant - Design.Parameters.CostPerParticipant;

    public decimal SavingTotal => Baseline.TotalCost - Design.TotalCost;

    /// <summary>The saving per participant as a percentage of the baseline's cost, one decimal (43,4 % in the seed).</summary>
    public decimal SavingPercent => Baseline.Parameters.CostPerParticipant == 0m
        ? 0m
        : Math.Round(SavingPerParticipant * 100m / Baseline.Parameters.CostPerParticipant, 1, MidpointRounding.AwayFromZero);

    public int ExtraJp => Design.TotalJp - Baseline.TotalJp;

    public int ExtraDays => Design.Parameters.Days - Baseline.Parameters.Days;

    public static JpCostComparison Of(JpCostParameters design, JpCostParameters baseline) =>
        new(JpCostResult.Of(design), JpCostResult.Of(baseline));

    /// <summary>The seed's own comparison: blended against classical for 40 participants.</summary>
    public static JpCostComparison Seed() => Of(JpCostPresets.Blended, JpCostPresets.Classical);
}
