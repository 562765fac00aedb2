namespace LatsarBot.Core.Mooc.PostTest;

/// <summary>How a post-test attempt is run (issue: prerequisites, optional time limit, abandoned attempts).</summary>
public sealed record PostTestSettings(TimeSpan? TimeLimit, bool RequireMinimums, bool AbandonedCounts)
{
    public static PostTestSettings Default { get; } = new(TimeSpan.FromMinutes(60), RequireMinimums: true, AbandonedCounts: true);
}
