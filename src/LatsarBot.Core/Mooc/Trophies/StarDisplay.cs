namespace LatsarBot.Core.Mooc.Trophies;

/// <summary>
/// Trophies shown as stars (DOMAIN.md A.5, AMB-01): <c>full = floor(t / 10)</c>, <c>half = 1 if t mod 10 ≥ 5</c>,
/// <c>loose = t mod 10 − 5 · half</c>, so 28 trophies show as 2 full stars, 1 half star and 3 loose trophies.
/// </summary>
public sealed record StarDisplay(int Full, int Half, int Loose)
{
    public static StarDisplay For(int trophies, MoocRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentOutOfRangeException.ThrowIfNegative(trophies);
        var stars = rules.Trophies;
        ArgumentOutOfRangeException.ThrowIfGreaterThan(trophies, stars.MaxTotal);

        var rest = trophies % stars.FullStarAt;
        var half = rest >= stars.HalfStarAt ? 1 : 0;
        return new StarDisplay(trophies / stars.FullStarAt, half, rest - (stars.HalfStarAt * half));
    }

    /// <summary>
    /// The display as symbols in reading order (full stars, the half star, loose trophies), so a channel renders
    /// pictures and the message catalog supplies any words around them.
    /// </summary>
    public IReadOnlyList<StarGlyph> Glyphs() =>
    [
        .. Enumerable.Repeat(StarGlyph.FullStar, Full),
        .. Enumerable.Repeat(StarGlyph.HalfStar, Half),
        .. Enumerable.Repeat(StarGlyph.Trophy, Loose),
    ];
}
