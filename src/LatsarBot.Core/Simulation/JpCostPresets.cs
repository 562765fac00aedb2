namespace LatsarBot.Core.Simulation;

/// <summary>The seed's two columns (DOMAIN.md A.12), for a class of 40.</summary>
public static class JpCostPresets
{
    public const int SeedParticipants = 40;

    /// <summary>Latsar blended: 240 asynchronous + 25 synchronous + 62 face-to-face + 320 habituation JP in 74 days, Rp 5.260.000 each.</summary>
    public static JpCostParameters Blended { get; } = new(240, 25, 62, HabituationJp.Of(8, 30), 74, SeedParticipants, 5_260_000m);

    /// <summary>Latsar "saat ini" (classical): 191 face-to-face + 320 habituation JP in 51 days, Rp 9.296.000 each.</summary>
    public static JpCostParameters Classical { get; } = new(0, 0, 191, HabituationJp.Of(8, 30), 51, SeedParticipants, 9_296_000m);
}
