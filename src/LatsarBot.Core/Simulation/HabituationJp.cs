namespace LatsarBot.Core.Simulation;

/// <summary>
/// The seed's habituation formula, (60/45) × 8 × 30 = 320 JP: clock hours a day at the workplace for the days of the
/// actualization, counted in 45-minute JP (DOMAIN.md A.12 and §0: 1 JP = 45 minutes).
/// </summary>
public static class HabituationJp
{
    public const int MinutesPerJp = 45;

    public static int Of(int hoursPerDay, int days) => hoursPerDay * 60 * days / MinutesPerJp;
}
