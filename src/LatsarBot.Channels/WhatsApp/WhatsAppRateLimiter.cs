namespace LatsarBot.Channels.WhatsApp;

/// <summary>
/// One bucket for the business number (its messages per second) and one per recipient (the pair rate). A message
/// may leave when both have a token; a throttling error pauses the bucket it concerns.
/// </summary>
public sealed class WhatsAppRateLimiter(WhatsAppRateOptions options, TimeProvider time)
{
    private readonly object _gate = new();
    private readonly Dictionary<string, TokenBucket> _recipients = new(StringComparer.Ordinal);
    private readonly TokenBucket _number = new(options.PerNumberPerSecond, options.PerNumberBurst, time.GetUtcNow());

    /// <summary>Takes a token from both buckets, or takes none and says how long to wait.</summary>
    public TimeSpan TryAcquire(string recipient)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            var pair = Recipient(recipient, now);
            var wait = Max(pair.Peek(now), _number.Peek(now));
            if (wait > TimeSpan.Zero)
            {
                return wait;
            }

            pair.Take(now);
            _number.Take(now);
            Forget(now);
            return TimeSpan.Zero;
        }
    }

    /// <summary>Nothing more to this recipient (or, when null, from the whole number) until the wait is over.</summary>
    public void Pause(string? recipient, TimeSpan wait)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            (recipient is null ? _number : Recipient(recipient, now)).Pause(now + wait);
        }
    }

    private TokenBucket Recipient(string recipient, DateTimeOffset now)
    {
        if (!_recipients.TryGetValue(recipient, out var bucket))
        {
            bucket = new TokenBucket(options.PerRecipientPerSecond, options.PerRecipientBurst, now);
            _recipients[recipient] = bucket;
        }

        return bucket;
    }

    /// <summary>A bucket idle long enough to be full again is dropped, so memory stays flat over 250k numbers.</summary>
    private void Forget(DateTimeOffset now)
    {
        if (_recipients.Count < 10_000)
        {
            return;
        }

        var full = TimeSpan.FromSeconds(options.PerRecipientBurst / options.PerRecipientPerSecond);
        foreach (var stale in _recipients.Where(r => now - r.Value.LastUsed > full).Select(r => r.Key).ToList())
        {
            _recipients.Remove(stale);
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
