namespace LatsarBot.Core.Mooc.PostTest;

/// <summary>
/// Decides from the attempts so far whether another may start and what the recorded academic score is
/// (DOMAIN.md A.6, AMB-10). Attempts are unlimited until one passes.
/// <see cref="PostTestMode.LockOnPass"/>: the test locks on the passing attempt n and records min(raw, cap(n)), so
/// retaking can never lower a score. <see cref="PostTestMode.ImproveAllowed"/>: retakes stay open and the record is
/// min(best passing raw, cap(attempts taken)), as AMB-10 words the alternative.
/// </summary>
public static class PostTestLedger
{
    /// <param name="attempts">Every finished attempt, in order, numbered from 1.</param>
    public static PostTestStanding Evaluate(IReadOnlyList<PostTestAttempt> attempts, MoocRules rules)
    {
        ArgumentNullException.ThrowIfNull(attempts);
        ArgumentNullException.ThrowIfNull(rules);
        for (var i = 0; i < attempts.Count; i++)
        {
            if (attempts[i].Number != i + 1)
            {
                throw new ArgumentException($"Attempt {i + 1} is numbered {attempts[i].Number}.", nameof(attempts));
            }
        }

        var taken = attempts.Count;
        var passed = attempts.Where(a => a.Passed).ToList();
        if (passed.Count == 0)
        {
            return new PostTestStanding(taken, null, Next(taken, rules));
        }

        if (rules.PostTest.Mode == PostTestMode.ImproveAllowed)
        {
            var best = passed.Max(a => a.Raw);
            return new PostTestStanding(taken, PostTestScoreCap.Recorded(taken, best, rules), Next(taken, rules));
        }

        var passing = passed[0];
        if (passing.Number != taken)
        {
            throw new ArgumentException(
                $"Attempt {passing.Number} passed and locked the post test, yet {taken} attempts are recorded.",
                nameof(attempts));
        }

        return new PostTestStanding(taken, PostTestScoreCap.Recorded(passing.Number, passing.Raw, rules), null);
    }

    private static NextAttempt Next(int taken, MoocRules rules) =>
        new(taken + 1, PostTestScoreCap.CapFor(taken + 1, rules));
}
