using LatsarBot.Core.Mooc.Competition;
using LatsarBot.Core.Mooc.PostTest;
using LatsarBot.Core.Mooc.Trophies;

namespace LatsarBot.Core.Mooc;

/// <summary>
/// Every MOOC rule parameter, shaped like the <c>trophies</c>, <c>posttest</c> and <c>rounding</c> blocks of
/// DOMAIN.md A.15. The [I] rules are interpretations the client may change (DOMAIN.md §0), so each value is data
/// loaded from content and <see cref="Default"/> holds the A.15 values; <see cref="MoocRulesCheck"/> lists settings
/// the rules cannot work with.
/// </summary>
public sealed record MoocRules(
    TrophyRules Trophies,
    PostTestRules PostTest,
    CompetitionRules Competition,
    ScoreRounding Rounding)
{
    public static MoocRules Default { get; } =
        new(TrophyRules.Default, PostTestRules.Default, CompetitionRules.Default, ScoreRounding.Default);
}
