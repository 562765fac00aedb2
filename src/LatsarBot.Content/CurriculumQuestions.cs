using LatsarBot.Core.Curriculum;
using static LatsarBot.Content.CurriculumRuleIds;

namespace LatsarBot.Content;

/// <summary>Reads a multiple-choice question, the shape micro-quiz questions and post-test items share.</summary>
internal static class CurriculumQuestions
{
    private static readonly string[] Keys = ["id", "question", "question_en", "options", "explanation", "explanation_en"];

    public sealed record Question(string Id, LocalizedText Text, IReadOnlyList<QuizOption> Options, LocalizedText? Explanation, int Line);

    /// <summary>
    /// The question, or null when anything about it is wrong. Option-count and key errors point at the question's
    /// own line ("question: …"), where an author looks first.
    /// </summary>
    public static Question? Read(CurriculumYamlNode node, CurriculumIds ids, int minOptions, int maxOptions, params string[] extraKeys)
    {
        node.AllowOnly([.. Keys, .. extraKeys]);
        var id = node.Text("id");
        var idOk = id is not null && ids.Claim(id, node.File, node.LineOf("id"));
        var text = node.Localized("question");
        var line = node.LineOf("question");
        var explanation = node.Localized("explanation", required: false);
        var options = ReadOptions(node, minOptions, maxOptions, line);
        return idOk && text is not null && options is not null ? new Question(id!, text, options, explanation, line) : null;
    }

    private static List<QuizOption>? ReadOptions(CurriculumYamlNode node, int min, int max, int questionLine)
    {
        var entries = node.Maps("options", missingRule: QuizOptions);
        if (entries is null)
        {
            return null;
        }

        var options = new List<QuizOption>();
        var valid = true;
        var keys = 0;
        foreach (var entry in entries)
        {
            entry.AllowOnly("text", "text_en", "correct");
            var text = entry.Localized("text");
            var correct = entry.Boolean("correct");
            keys += correct == true ? 1 : 0;
            if (text is null || (correct is null && entry.Has("correct")))
            {
                valid = false;
                continue;
            }

            options.Add(new QuizOption(text, correct ?? false));
        }

        var range = min == max ? $"{min}" : $"{min} to {max}";
        if (entries.Count < min || entries.Count > max)
        {
            node.Report(questionLine, QuizOptions, $"The question has {entries.Count} options; it needs {range}.");
            valid = false;
        }

        if (keys != 1)
        {
            var what = keys == 0 ? "no option marked" : $"{keys} options marked";
            node.Report(questionLine, QuizKey, $"The question has {what} 'correct: true'; exactly one must be.");
            valid = false;
        }

        return valid ? options : null;
    }
}
