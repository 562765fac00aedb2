using System.Text.RegularExpressions;
using LatsarBot.Core.Curriculum;
using LatsarBot.Core.Mooc;
using static LatsarBot.Content.CurriculumRuleIds;

namespace LatsarBot.Content;

/// <summary>
/// Reads the post-test banks content/posttest/s1.yaml and s2.yaml (curriculum-format.md): category matching the file,
/// enough items for varied attempts (DOMAIN.md C.6), 4 options with one key, references to existing mata pelatihan,
/// and no item that copies a micro-quiz question, which would turn the post test into a memory test of the quizzes.
/// </summary>
public static partial class PostTestLoader
{
    public const string Folder = "posttest";

    [GeneratedRegex("\\s+")]
    private static partial Regex Whitespace();

    /// <summary>
    /// Both banks, or null when either is unusable. Without a <paramref name="curriculum"/> the references and repeats
    /// are not checked: the curriculum's own errors come first.
    /// </summary>
    public static PostTestPool? Load(string contentRoot, MoocCurriculum? curriculum, CurriculumRules rules, CurriculumIds ids, List<ContentError> errors)
    {
        var quizQuestions = (curriculum?.Units ?? [])
            .SelectMany(u => u.Quiz)
            .GroupBy(q => Normalized(q.Question.Indonesian))
            .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
        var s1 = ReadBank(contentRoot, UnitCategory.S1, rules.MinPostTestS1, curriculum, quizQuestions, rules, ids, errors);
        var s2 = ReadBank(contentRoot, UnitCategory.S2, rules.MinPostTestS2, curriculum, quizQuestions, rules, ids, errors);
        return s1 is not null && s2 is not null ? new PostTestPool(s1, s2) : null;
    }

    /// <summary>"Word for word" ignores case and line breaks: a reflowed copy is still a copy.</summary>
    private static string Normalized(string question) => Whitespace().Replace(question, " ").Trim().ToLowerInvariant();

    private static PostTestBank? ReadBank(
        string contentRoot,
        UnitCategory category,
        int minimum,
        MoocCurriculum? curriculum,
        Dictionary<string, string> quizQuestions,
        CurriculumRules rules,
        CurriculumIds ids,
        List<ContentError> errors)
    {
        var fileName = $"{category.ToString().ToLowerInvariant()}.yaml";
        var node = CurriculumYamlNode.Read(Path.Combine(contentRoot, Folder, fileName), $"content/{Folder}/{fileName}", errors);
        if (node is null)
        {
            return null;
        }

        node.AllowOnly("category", "items");
        var declared = node.Text("category", missingRule: PostTestCategory);
        var categoryOk = declared == category.ToString();
        if (declared is not null && !categoryOk)
        {
            node.Report(node.LineOf("category"), PostTestCategory, $"{fileName} holds {category} items, so its category is {category}, not '{declared}'.");
        }

        var entries = node.Maps("items", missingRule: PostTestCount);
        if (entries is not null && entries.Count < minimum)
        {
            node.Report(node.LineOf("items"), PostTestCount, $"The {category} bank has {entries.Count} items; it needs at least {minimum}.");
        }

        var items = new List<PostTestItem>();
        var valid = categoryOk && entries is not null && entries.Count >= minimum;
        foreach (var entry in entries ?? [])
        {
            var item = ReadItem(entry, category, curriculum, quizQuestions, rules, ids);
            valid &= item is not null;
            items.AddRange(item is null ? [] : [item]);
        }

        return valid ? new PostTestBank(category, items) : null;
    }

    private static PostTestItem? ReadItem(
        CurriculumYamlNode node,
        UnitCategory category,
        MoocCurriculum? curriculum,
        Dictionary<string, string> quizQuestions,
        CurriculumRules rules,
        CurriculumIds ids)
    {
        var question = CurriculumQuestions.Read(node, ids, rules.PostTestOptions, rules.PostTestOptions, "mp");
        var mp = node.Text("mp", required: false);
        var mpOk = mp is null || curriculum is null || curriculum.FindMataPelatihan(mp) is not null;
        if (!mpOk)
        {
            node.Report(node.LineOf("mp"), PostTestMataPelatihan, $"'{mp}' is not a mata pelatihan id of the curriculum (such as mp-1-1 or agenda-1-umum).");
        }

        if (question is null)
        {
            return null;
        }

        if (quizQuestions.TryGetValue(Normalized(question.Text.Indonesian), out var quizId))
        {
            node.Report(question.Line, PostTestRepeat, $"The item repeats the micro-quiz question '{quizId}' word for word; ask it differently.");
            return null;
        }

        return mpOk ? new PostTestItem(question.Id, category, mp, question.Text, question.Options, question.Explanation) : null;
    }
}
