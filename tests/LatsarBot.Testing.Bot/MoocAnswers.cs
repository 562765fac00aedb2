using LatsarBot.Bot.Activities;
using LatsarBot.Core.Curriculum;

namespace LatsarBot.Testing;

/// <summary>Finds the right (or a wrong) answer button the way a person would: by reading the question and its options against the content.</summary>
public static class MoocAnswers
{
    public static ReplyButton Answer(MoocCurriculum curriculum, PostTestPool pool, Reply question, bool right = true)
    {
        var candidates = curriculum.Units.SelectMany(u => u.Quiz).Select(q => (q.Question.Indonesian, q.Options))
            .Concat(pool.S1.Items.Concat(pool.S2.Items).Select(i => (i.Question.Indonesian, i.Options)));
        var (_, options) = candidates.Single(c => question.Text.Contains(c.Indonesian, StringComparison.Ordinal));
        var wanted = options.Where(o => o.IsCorrect == right).Select(o => o.Text.Indonesian).First();
        return question.Buttons.Single(b => b.Title.EndsWith(wanted, StringComparison.Ordinal));
    }

    public static bool IsS1(PostTestPool pool, Reply question) =>
        pool.S1.Items.Any(i => question.Text.Contains(i.Question.Indonesian, StringComparison.Ordinal));
}
