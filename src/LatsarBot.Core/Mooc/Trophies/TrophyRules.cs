namespace LatsarBot.Core.Mooc.Trophies;

/// <summary>
/// The A.15 <c>trophies</c> block: how trophies are earned (AMB-08), shown as stars (AMB-01), which minimums complete
/// the MOOC (A.5, AMB-06/07) and how they become the attitude score (AMB-02/03).
/// </summary>
public sealed record TrophyRules(
    int PerUnit,
    int MaxTotal,
    int MinTotal,
    int HalfStarAt,
    int FullStarAt,
    TrophyMinimums Minimums,
    decimal UnitPassRatio,
    AttitudeMapping AttitudeMapping)
{
    public static TrophyRules Default { get; } = new(
        PerUnit: 1,
        MaxTotal: 50,
        MinTotal: 28,
        HalfStarAt: 5,
        FullStarAt: 10,
        Minimums: TrophyMinimums.Default,
        UnitPassRatio: 0.70m,
        AttitudeMapping: AttitudeMapping.Default);
}
