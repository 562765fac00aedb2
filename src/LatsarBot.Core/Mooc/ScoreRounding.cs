namespace LatsarBot.Core.Mooc;

/// <summary>
/// How every MOOC score is rounded (DOMAIN.md §0 and A.15 <c>rounding</c>): 2 decimals, half-up. Scores are never
/// negative, so half-up is <see cref="MidpointRounding.AwayFromZero"/>; banker's rounding would turn 84.995 into 84.99.
/// </summary>
public sealed record ScoreRounding(int Decimals, MidpointRounding Mode)
{
    public static ScoreRounding Default { get; } = new(2, MidpointRounding.AwayFromZero);

    public decimal Round(decimal value) => Math.Round(value, Decimals, Mode);
}
