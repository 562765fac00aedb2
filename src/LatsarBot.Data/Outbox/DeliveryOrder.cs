namespace LatsarBot.Data.Outbox;

/// <summary>
/// Which of a person's channels a proactive message goes to: the one they used last; when that one cannot be written
/// to, or a try on it ended undelivered, the next reachable one in <see cref="Channels"/> (the "Delivery:FallbackOrder"
/// setting). Channels not named come after the named ones.
/// </summary>
public sealed record DeliveryOrder(IReadOnlyList<string> Channels)
{
    public static DeliveryOrder Default { get; } = new(["whatsapp", "telegram", "webchat"]);

    /// <summary>The suffix a fallback row's key gets: "announcement:3:17~telegram".</summary>
    public const char FallbackSeparator = '~';

    public int Rank(string channel)
    {
        for (var i = 0; i < Channels.Count; i++)
        {
            if (string.Equals(Channels[i], channel, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return Channels.Count;
    }

    /// <summary>The account to write to first: the last used, unless it is unreachable, then the first reachable by rank.</summary>
    public T? First<T>(IEnumerable<T> accounts, Func<T, string> channel, Func<T, DateTimeOffset> lastUsed, Func<T, bool> reachable)
        where T : class
    {
        var all = accounts.ToList();
        var last = all.OrderByDescending(lastUsed).ThenBy(a => Rank(channel(a))).FirstOrDefault();
        return last is not null && reachable(last) ? last : Next(all.Where(reachable), channel);
    }

    /// <summary>The next account to try, by rank (then by name, so the choice is the same on every node).</summary>
    public T? Next<T>(IEnumerable<T> candidates, Func<T, string> channel)
        where T : class =>
        candidates.OrderBy(a => Rank(channel(a))).ThenBy(channel, StringComparer.Ordinal).FirstOrDefault();

    public static string FallbackKey(string messageKey, string channel) => $"{messageKey}{FallbackSeparator}{channel}";

    /// <summary>The key a message was first enqueued with, from any of its rows' keys.</summary>
    public static string MessageKeyOf(string key) => key.Split(FallbackSeparator, 2)[0];
}
