namespace LatsarBot.Core.Mooc.PostTest;

/// <summary>
/// One finished post-test attempt as stored: its number (from 1), raw score, and whether it passed. The pass decision
/// is kept as judged at the time, so a later change of pass mark does not rewrite history.
/// </summary>
public sealed record PostTestAttempt(int Number, decimal Raw, bool Passed)
{
    /// <summary>Judges a just-finished attempt on its raw score (DOMAIN.md AMB-10/11).</summary>
    public static PostTestAttempt Judge(int number, decimal raw, MoocRules rules)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(number);
        return new PostTestAttempt(number, raw, PostTestScore.IsPass(raw, rules));
    }
}
