namespace LatsarBot.Core.Mooc.Competition;

/// <summary>
/// The class leaderboard of DOMAIN.md AMB-17. A.15 gives no leaderboard block, so the length of the published top
/// list is the one setting, defaulting to the 10 the product brief asks for.
/// </summary>
public sealed record CompetitionRules(int TopCount)
{
    public static CompetitionRules Default { get; } = new(TopCount: 10);
}
