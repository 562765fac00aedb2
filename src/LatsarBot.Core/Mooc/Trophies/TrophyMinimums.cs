namespace LatsarBot.Core.Mooc.Trophies;

/// <summary>
/// The per-category minimums of DOMAIN.md A.5, counted over Agenda I–III combined (AMB-06): at least
/// <see cref="K"/> policy trophies, <see cref="S1Ratio"/> of the S1 trophies available, and <see cref="S2"/> S2 trophies.
/// </summary>
public sealed record TrophyMinimums(int K, decimal S1Ratio, int S2)
{
    public static TrophyMinimums Default { get; } = new(K: 2, S1Ratio: 0.70m, S2: 3);
}
