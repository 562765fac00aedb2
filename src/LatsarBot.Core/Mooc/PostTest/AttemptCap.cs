namespace LatsarBot.Core.Mooc.PostTest;

/// <summary>
/// One row of the seed's attempt table (DOMAIN.md A.6): attempts <see cref="FromAttempt"/> to <see cref="ToAttempt"/>
/// can record at most <see cref="Max"/>. A null <see cref="ToAttempt"/> means "and every later attempt".
/// </summary>
public sealed record AttemptCap(int FromAttempt, int? ToAttempt, decimal Max)
{
    public bool Covers(int attempt) => attempt >= FromAttempt && (ToAttempt is null || attempt <= ToAttempt);
}
