namespace LatsarBot.Core.Mooc.Trophies;

/// <summary>The A.15 <c>attitude_mapping</c>: the mode and the seed's bands (DOMAIN.md A.5, AMB-02/03).</summary>
public sealed record AttitudeMapping(AttitudeMappingMode Mode, IReadOnlyList<AttitudeBand> Bands)
{
    public static AttitudeMapping Default { get; } = new(
        AttitudeMappingMode.LinearTopAnchored,
        [
            new AttitudeBand(28, 28, 70.01m, 70.01m),
            new AttitudeBand(29, 30, 80m, 90m),
            new AttitudeBand(31, 40, 90m, 95m),
            new AttitudeBand(41, 50, 95m, 100m),
        ]);
}
