using System.Collections.Concurrent;

namespace LatsarBot.Channels.Telegram;

/// <summary>
/// One bucket per chat (private chats and groups have different rates; a chat id below zero is a group)
/// and one for the whole bot. A message may leave when both of its buckets have a token; a 429 pauses
/// the bucket it names.
/// </summary>
public sealed class TelegramRateLimiter(TelegramRateOptions options, TimeProvider time)
{
    private readonly object _gate = new();
    private readonly Dictionary<long, TokenBucket> _chats = [];
    private readonly TokenBucket _global = new(options.GlobalPerSecond, options.GlobalBurst, time.GetUtcNow());

    /// <summary>Takes a token from both buckets, or takes none and says how long to wait.</summary>
    public TimeSpan TryAcquire(long chatId)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            var chat = Chat(chatId, now);
            var wait = Max(chat.Peek(now), _global.Peek(now));
            if (wait > TimeSpan.Zero)
            {
                return wait;
            }

            chat.Take(now);
            _global.Take(now);
            Forget(now);
            return TimeSpan.Zero;
        }
    }

    /// <summary>Telegram said 429: nothing more to this chat (or, if it named none, to anyone) until the wait is over.</summary>
    public void Pause(long? chatId, TimeSpan retryAfter)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            (chatId is { } id ? Chat(id, now) : _global).Pause(now + retryAfter);
        }
    }

    private TokenBucket Chat(long chatId, DateTimeOffset now)
    {
        if (!_chats.TryGetValue(chatId, out var bucket))
        {
            bucket = chatId < 0
                ? new TokenBucket(options.GroupPerMinute / 60, options.GroupBurst, now)
                : new TokenBucket(options.PrivateChatPerSecond, options.PrivateChatBurst, now);
            _chats[chatId] = bucket;
        }

        return bucket;
    }

    /// <summary>Buckets idle for a minute are full again anyway; dropping them keeps memory flat over 250k chats.</summary>
    private void Forget(DateTimeOffset now)
    {
        if (_chats.Count < 10_000)
        {
            return;
        }

        foreach (var stale in _chats.Where(c => now - c.Value.LastUsed > TimeSpan.FromMinutes(5)).Select(c => c.Key).ToList())
        {
            _chats.Remove(stale);
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
