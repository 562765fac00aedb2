namespace LatsarBot.Channels;

/// <summary>One token bucket's rate and burst. A platform limit "n in T seconds" is kept by any bucket with burst + rate × T ≤ n.</summary>
public sealed record PaceLimit(double PerSecond, int Burst);

/// <summary>
/// The pacing of one channel account (a Telegram bot, a WhatsApp number, a Teams app), shared by the three senders:
/// buckets for the whole account and buckets per key (a chat, a recipient, a conversation). A message may leave when
/// every bucket of the account and of its key has a token. A throttling answer pauses the key it names, or the whole
/// account: for the platform's Retry-After, or, when it gave none, for an exponential backoff that grows with each
/// throttle in a row and starts again after a send that went through.
/// </summary>
public sealed class ChannelPacer
{
    /// <summary>Above this many keys, keys idle long enough for their buckets to be full again are dropped (memory stays flat over 250k chats).</summary>
    private const int ForgetAbove = 10_000;

    private readonly object _gate = new();
    private readonly Dictionary<string, Key> _keys = new(StringComparer.Ordinal);
    private readonly Key _account;
    private readonly Func<string, IReadOnlyList<PaceLimit>> _perKey;
    private readonly TimeProvider _time;
    private DateTimeOffset _forgotAt = DateTimeOffset.MinValue;

    /// <param name="account">The account's limits (all its keys together).</param>
    /// <param name="perKey">The limits of one key; may differ by key (a Telegram group is slower than a private chat).</param>
    /// <param name="maxInlineWait">A wait up to this long is taken in <see cref="AcquireAsync"/>; a longer one is handed back.</param>
    public ChannelPacer(IReadOnlyList<PaceLimit> account, Func<string, IReadOnlyList<PaceLimit>> perKey, TimeSpan maxInlineWait, TimeProvider time)
    {
        _time = time;
        _perKey = perKey;
        MaxInlineWait = maxInlineWait;
        _account = new Key(account, time.GetUtcNow());
    }

    public TimeSpan MaxInlineWait { get; }

    /// <summary>Takes a token from every bucket of the account and the key, or takes none and says how long to wait.</summary>
    public TimeSpan TryAcquire(string key)
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            var state = For(key, now);
            var wait = Max(state.Peek(now), _account.Peek(now));
            if (wait > TimeSpan.Zero)
            {
                return wait;
            }

            state.Take(now);
            _account.Take(now);
            Forget(now);
            return TimeSpan.Zero;
        }
    }

    /// <summary>
    /// Waits for the tokens when they come within <see cref="MaxInlineWait"/>; returns zero once they are taken, or the
    /// longer wait, for the caller to hand its message back to the outbox until then.
    /// </summary>
    public async Task<TimeSpan> AcquireAsync(string key, CancellationToken cancellationToken)
    {
        var wait = TryAcquire(key);
        for (; wait > TimeSpan.Zero && wait <= MaxInlineWait; wait = TryAcquire(key))
        {
            await Task.Delay(wait, _time, cancellationToken);
        }

        return wait;
    }

    /// <summary>
    /// The platform throttled: nothing more to this key (or, when null, from the whole account) for
    /// <paramref name="retryAfter"/>, or, without one or when throttled again, for the next backoff step. Returns the pause taken.
    /// </summary>
    public TimeSpan Pause(string? key, TimeSpan? retryAfter)
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            var state = key is null ? _account : For(key, now);
            state.Throttles++;
            // A Retry-After is the least to wait; throttled again right after, the backoff grows past it.
            var given = retryAfter is { } r && r > TimeSpan.Zero ? r : TimeSpan.Zero;
            var wait = state.Throttles == 1 && given > TimeSpan.Zero ? given : Max(given, Backoff(state.Throttles));
            state.Pause(now + wait);
            return wait;
        }
    }

    /// <summary>A send to this key went through: the next throttle starts the backoff from its first step again.</summary>
    public void Succeeded(string key)
    {
        lock (_gate)
        {
            _account.Throttles = 0;
            if (_keys.TryGetValue(key, out var state))
            {
                state.Throttles = 0;
            }
        }
    }

    /// <summary>1 s, 2 s, 4 s … capped at a minute, with ±20 % jitter so throttled senders do not come back in step.</summary>
    public static TimeSpan Backoff(int throttles)
    {
        var seconds = Math.Min(60, Math.Pow(2, Math.Max(0, throttles - 1)));
        return TimeSpan.FromSeconds(seconds * (0.8 + (Random.Shared.NextDouble() * 0.4)));
    }

    private Key For(string key, DateTimeOffset now)
    {
        if (!_keys.TryGetValue(key, out var state))
        {
            state = new Key(_perKey(key), now);
            _keys[key] = state;
        }

        return state;
    }

    private void Forget(DateTimeOffset now)
    {
        if (_keys.Count < ForgetAbove || now - _forgotAt < TimeSpan.FromSeconds(1))
        {
            return;
        }

        _forgotAt = now;
        foreach (var stale in _keys.Where(k => k.Value.Throttles == 0 && now - k.Value.LastUsed > k.Value.FullAfter).Select(k => k.Key).ToList())
        {
            _keys.Remove(stale);
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    /// <summary>The buckets of one key (or of the account) and its throttles in a row.</summary>
    private sealed class Key(IReadOnlyList<PaceLimit> limits, DateTimeOffset now)
    {
        private readonly TokenBucket[] _buckets = limits.Select(l => new TokenBucket(l.PerSecond, l.Burst, now)).ToArray();
        private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;
        private DateTimeOffset _lastUsed = now;

        public int Throttles { get; set; }

        /// <summary>How long after its last use every bucket is full again, and forgetting the key loses nothing.</summary>
        public TimeSpan FullAfter { get; } = TimeSpan.FromSeconds(limits.Count == 0 ? 0 : limits.Max(l => l.Burst / l.PerSecond));

        public DateTimeOffset LastUsed => _lastUsed > _pausedUntil ? _lastUsed : _pausedUntil;

        public TimeSpan Peek(DateTimeOffset now)
        {
            // Its own pause as well as the buckets': a key without limits of its own can still be paused.
            var wait = now < _pausedUntil ? _pausedUntil - now : TimeSpan.Zero;
            foreach (var bucket in _buckets)
            {
                wait = Max(wait, bucket.Peek(now));
            }

            return wait;
        }

        public void Take(DateTimeOffset now)
        {
            _lastUsed = now;
            foreach (var bucket in _buckets)
            {
                bucket.Take(now);
            }
        }

        public void Pause(DateTimeOffset until)
        {
            _pausedUntil = until > _pausedUntil ? until : _pausedUntil;
            foreach (var bucket in _buckets)
            {
                bucket.Pause(until);
            }
        }
    }
}
