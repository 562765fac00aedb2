using LatsarBot.Core.Curriculum;
using LatsarBot.Core.Mooc;
using LatsarBot.Core.Mooc.Trophies;

namespace LatsarBot.Content;

/// <summary>
/// What content/ teaches: the curriculum and the post-test banks, loaded and checked together (they share one id
/// space) and against the MOOC rules the bot runs with. The host's bundle adds messages and reminder plans; a
/// bot-level harness or a content test needs only this.
/// </summary>
public sealed record TeachingContent(MoocCurriculum Curriculum, PostTestPool PostTest)
{
    /// <summary>Adds every problem to <paramref name="errors"/> (not just the first); null when there is any.</summary>
    public static TeachingContent? Load(string root, MoocRules rules, List<ContentError> errors)
    {
        var before = errors.Count;
        var ids = new CurriculumIds(errors);
        var curriculum = CurriculumLoader.Load(root, CurriculumRules.Default, ids, errors);
        var postTest = PostTestLoader.Load(root, curriculum, CurriculumRules.Default, ids, errors);
        if (curriculum is not null)
        {
            errors.AddRange(RuleProblems(curriculum, rules));
        }

        return errors.Count == before && curriculum is not null && postTest is not null ? new TeachingContent(curriculum, postTest) : null;
    }

    /// <summary>The MOOC rules must make sense and be reachable with this curriculum: e.g. 28 trophies possible, every minimum attainable.</summary>
    public static IEnumerable<ContentError> RuleProblems(MoocCurriculum curriculum, MoocRules rules) =>
        MoocRulesCheck.Problems(rules).Select(p => new ContentError("appsettings.json", 0, "mooc.settings", p))
            .Concat(TrophyBudget.Problems(curriculum.Available, rules)
                .Select(p => new ContentError(Path.Combine("content", "curriculum", "curriculum.yaml"), 0, "mooc.budget", p)));
}
