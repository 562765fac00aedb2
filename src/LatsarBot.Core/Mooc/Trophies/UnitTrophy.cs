namespace LatsarBot.Core.Mooc.Trophies;

/// <summary>
/// What earns a trophy (DOMAIN.md AMB-08): a micro-learning unit awards <see cref="TrophyRules.PerUnit"/> trophy
/// once its content is consumed and its micro-quiz is passed with at least 70 % correct. Retries are allowed, but a
/// unit awards at most once, so the caller passes whether it already did.
/// </summary>
public static class UnitTrophy
{
    public static UnitTrophyOutcome Decide(
        bool alreadyAwarded, bool contentConsumed, int quizCorrect, int quizQuestions, MoocRules rules)
    {
        var quizPassed = QuizPassed(quizCorrect, quizQuestions, rules);
        if (alreadyAwarded)
        {
            return UnitTrophyOutcome.AlreadyAwarded;
        }

        if (!contentConsumed)
        {
            return UnitTrophyOutcome.ContentNotConsumed;
        }

        return quizPassed ? UnitTrophyOutcome.Awarded : UnitTrophyOutcome.QuizNotPassed;
    }

    /// <summary>
    /// Compared as <c>correct ≥ ratio × questions</c> so that exactly 70 % (7 of 10) passes; a division would
    /// compare a repeating decimal instead.
    /// </summary>
    public static bool QuizPassed(int correct, int questions, MoocRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(questions);
        ArgumentOutOfRangeException.ThrowIfNegative(correct);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(correct, questions);

        return correct >= rules.Trophies.UnitPassRatio * questions;
    }
}
