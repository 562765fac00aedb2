namespace LatsarBot.Channels.Teams;

/// <summary>
/// Teams' throttling limits (rate-limit.md): per bot per conversation 7 in 1 s, 8 in 2 s, 60 in 30 s and 1,800 in an
/// hour; per app per tenant 30 requests a second. The sender paces below them, so a 429 is the exception: the first
/// one pauses what it names and none follow. A bucket of rate r and burst b lets at most b + r·T through in any T
/// seconds; each limit below has one bucket with that sum under the window's count, a little margin left for jitter.
/// </summary>
public sealed class TeamsRateOptions
{
    public double PerAppPerSecond { get; set; } = 29.5;

    /// <summary>Small: enough to make up a pause between two outbox passes, not enough to crowd a second.</summary>
    public int PerAppBurst { get; set; } = 3;

    /// <summary>Off by default only in tests that script a whole chat at once, where a person reads first.</summary>
    public bool PerConversation { get; set; } = true;

    /// <summary>Waits up to this long inside one send; a longer wait goes back to the outbox as a retry.</summary>
    public TimeSpan MaxInlineWait { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>7/1 s, 8/2 s, 60/30 s and 1,800/3,600 s, each kept with room for one or more in hand.</summary>
    public static readonly IReadOnlyList<PaceLimit> ConversationLimits = [new(3, 3), new(2, 3), new(1, 28), new(0.49, 30)];

    public ChannelPacer CreatePacer(TimeProvider time)
    {
        var conversation = PerConversation ? ConversationLimits : [];
        return new ChannelPacer([new(PerAppPerSecond, PerAppBurst)], _ => conversation, MaxInlineWait, time);
    }
}
