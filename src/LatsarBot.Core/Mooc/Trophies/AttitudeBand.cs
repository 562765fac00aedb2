namespace LatsarBot.Core.Mooc.Trophies;

/// <summary>
/// One row of the seed's trophy-to-attitude table (DOMAIN.md A.5): trophy counts <see cref="MinTrophies"/> to
/// <see cref="MaxTrophies"/> map to scores <see cref="MinScore"/> to <see cref="MaxScore"/>. A single-score row such
/// as 28 → 70.01 has equal scores.
/// </summary>
public sealed record AttitudeBand(int MinTrophies, int MaxTrophies, decimal MinScore, decimal MaxScore)
{
    public bool Contains(int trophies) => trophies >= MinTrophies && trophies <= MaxTrophies;
}
