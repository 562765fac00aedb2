namespace LatsarBot.Core.Announcements;

/// <summary>
/// How long a broadcast takes at the channels' sustained limits. Each recipient gets one message and every chat is
/// a different one, so only a channel's overall rate matters; channels send side by side, so the slowest one decides.
/// A channel without a limit (web chat: the page reads its feed) delivers on commit.
/// </summary>
public static class DeliveryEstimate
{
    public static TimeSpan Of(IReadOnlyDictionary<string, int> recipientsPerChannel, IReadOnlyDictionary<string, double> messagesPerSecond)
    {
        var slowest = TimeSpan.Zero;
        foreach (var (channel, count) in recipientsPerChannel)
        {
            if (count > 0 && messagesPerSecond.TryGetValue(channel, out var rate) && rate > 0)
            {
                var time = TimeSpan.FromSeconds(Math.Ceiling(count / rate));
                slowest = time > slowest ? time : slowest;
            }
        }

        return slowest;
    }
}
