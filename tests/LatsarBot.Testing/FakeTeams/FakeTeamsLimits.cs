namespace LatsarBot.Testing.FakeTeams;

/// <summary>
/// Teams' throttling as rate-limit.md states it: per bot per conversation 7 in 1 s, 8 in 2 s, 60 in 30 s, 1800 in an
/// hour (creating conversations counts alike), and per app per tenant 30 requests a second. Scalable for a benchmark.
/// </summary>
public sealed record FakeTeamsLimits
{
    public IReadOnlyList<(int Count, double Seconds)> PerConversation { get; init; } = [(7, 1), (8, 2), (60, 30), (1800, 3600)];

    public double PerAppPerSecond { get; init; } = 30;

    public int PerAppBurst { get; init; } = 30;

    /// <summary>A test that scripts a whole chat answers at once, where a person reads first.</summary>
    public static readonly FakeTeamsLimits Relaxed = new() { PerConversation = [(1000, 1)], PerAppPerSecond = 1000, PerAppBurst = 1000 };
}
