using System.Diagnostics;

namespace LatsarBot.Testing.FakeTeams;

/// <summary>Several sliding windows over one stream of requests, on the wall clock as Teams counts them: a request is allowed only if every window has room.</summary>
public sealed class FakeSlidingWindows(IReadOnlyList<(int Count, double Seconds)> windows)
{
    private readonly object _gate = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Queue<double> _times = new();

    /// <summary>0 when allowed (and counted); else whole seconds until the fullest window has room (at least 1).</summary>
    public int TryTake()
    {
        lock (_gate)
        {
            var now = _clock.Elapsed.TotalSeconds;
            var longest = windows.Max(w => w.Seconds);
            while (_times.Count > 0 && now - _times.Peek() >= longest)
            {
                _times.Dequeue();
            }

            var wait = 0.0;
            foreach (var (count, seconds) in windows)
            {
                var inWindow = _times.Where(t => now - t < seconds).ToList();
                if (inWindow.Count >= count)
                {
                    // The oldest request still inside must leave it first.
                    wait = Math.Max(wait, inWindow[inWindow.Count - count] + seconds - now);
                }
            }

            if (wait > 0)
            {
                return Math.Max(1, (int)Math.Ceiling(wait));
            }

            _times.Enqueue(now);
            return 0;
        }
    }
}
