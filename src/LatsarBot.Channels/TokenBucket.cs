namespace LatsarBot.Channels;

/// <summary>
/// A token bucket on a <see cref="TimeProvider"/>: <see cref="Take"/> either spends a token or says how
/// long until one is free; <see cref="Pause"/> empties it until an instant (a platform's retry_after).
/// Not thread-safe: its owner (<see cref="ChannelPacer"/>) guards it. Shared by the channels, as the algorithm is.
/// </summary>
public sealed class TokenBucket(double perSecond, int burst, DateTimeOffset now)
{
    private double _tokens = burst;
    private DateTimeOffset _updated = now;
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;

    /// <summary>Zero when a token was spent; otherwise the wait before one will be.</summary>
    public TimeSpan Peek(DateTimeOffset now)
    {
        Refill(now);
        if (now < _pausedUntil)
        {
            return _pausedUntil - now;
        }

        return _tokens >= 1 ? TimeSpan.Zero : TimeSpan.FromSeconds((1 - _tokens) / perSecond);
    }

    public void Take(DateTimeOffset now)
    {
        Refill(now);
        _tokens -= 1;
    }

    public void Pause(DateTimeOffset until)
    {
        if (until > _pausedUntil)
        {
            // retry_after is "the seconds left before the request can be repeated": one token at that
            // instant, not an empty bucket that adds another 1/rate on top.
            _pausedUntil = until;
            _tokens = 1;
            _updated = until;
        }
    }

    private void Refill(DateTimeOffset now)
    {
        if (now > _updated)
        {
            _tokens = Math.Min(burst, _tokens + ((now - _updated).TotalSeconds * perSecond));
            _updated = now;
        }
    }
}
