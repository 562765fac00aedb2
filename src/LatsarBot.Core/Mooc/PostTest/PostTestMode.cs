namespace LatsarBot.Core.Mooc.PostTest;

/// <summary>What happens after a passing attempt (DOMAIN.md AMB-10, open question Q-02).</summary>
public enum PostTestMode
{
    /// <summary>The test locks once passed; the passing attempt's capped score is final (the default).</summary>
    LockOnPass,

    /// <summary>Retakes stay open after passing: best raw score, capped by the total number of attempts.</summary>
    ImproveAllowed,
}
