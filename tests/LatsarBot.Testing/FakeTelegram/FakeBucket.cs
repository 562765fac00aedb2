using System.Diagnostics;

namespace LatsarBot.Testing.FakeTelegram;

/// <summary>The fake's own flood counter, on the wall clock like Telegram's: a token or the whole seconds to wait.</summary>
public sealed class FakeBucket(double perSecond, int burst)
{
    private readonly object _gate = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private double _tokens = burst;
    private double _updated;

    /// <summary>0 when a token was taken; else retry_after in seconds (at least 1, as Telegram rounds up).</summary>
    public int TryTake()
    {
        lock (_gate)
        {
            var now = _clock.Elapsed.TotalSeconds;
            _tokens = Math.Min(burst, _tokens + ((now - _updated) * perSecond));
            _updated = now;
            if (_tokens >= 1)
            {
                _tokens -= 1;
                return 0;
            }

            return Math.Max(1, (int)Math.Ceiling((1 - _tokens) / perSecond));
        }
    }
}
