using System.Diagnostics;

namespace LatsarBot.Bench;

/// <summary>
/// Closed-loop load: each virtual user sends its next request as soon as the previous answer is read.
/// Users run through the warm-up and on into the measured window; a request counts when it completes
/// inside the window. Every loop is bounded by the clock and by a count.
/// </summary>
public static class LoadDriver
{
    /// <summary>A safety bound far above what a 2-core machine can do in 600 s.</summary>
    private const long MaxRequestsPerUser = 5_000_000;

    /// <param name="request">Sends request number <c>n</c> of user <c>u</c>; true when the answer was right.</param>
    public static async Task<LoadResult> RunAsync(
        string target, int users, TimeSpan warmup, TimeSpan duration, Func<int, long, CancellationToken, Task<bool>> request)
    {
        var start = Stopwatch.GetTimestamp();
        var measureFrom = start + Ticks(warmup);
        var measureUntil = measureFrom + Ticks(duration);

        // A hung server must not hang the bench: everything is cancelled a minute past the planned end.
        using var guard = new CancellationTokenSource(warmup + duration + TimeSpan.FromMinutes(1));
        var sampler = RuntimeSampler.SampleAsync(measureFrom, measureUntil, guard.Token);
        var perUser = await Task.WhenAll(Enumerable.Range(0, users).Select(u => Task.Run(() => UserAsync(u))));
        var runtime = await sampler;

        var latencies = perUser.SelectMany(r => r.Latencies).Order().ToArray();
        var errors = perUser.Sum(r => r.Errors);
        var seconds = duration.TotalSeconds;
        return new LoadResult(target, users, seconds, latencies.Length, errors,
            Percentile(latencies, 0.50), Percentile(latencies, 0.90), Percentile(latencies, 0.99), latencies.Length > 0 ? latencies[^1] : 0, runtime);

        async Task<(List<double> Latencies, long Errors)> UserAsync(int user)
        {
            var latencies = new List<double>(capacity: 4096);
            long errors = 0;
            for (long n = 0; n < MaxRequestsPerUser && !guard.IsCancellationRequested; n++)
            {
                var sent = Stopwatch.GetTimestamp();
                if (sent >= measureUntil)
                {
                    break;
                }

                bool ok;
                try
                {
                    ok = await request(user, n, guard.Token);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                {
                    ok = false;
                }

                var done = Stopwatch.GetTimestamp();
                if (done < measureFrom || done >= measureUntil)
                {
                    continue;
                }

                if (ok)
                {
                    latencies.Add(Stopwatch.GetElapsedTime(sent, done).TotalMilliseconds);
                }
                else
                {
                    errors++;
                }
            }

            return (latencies, errors);
        }
    }

    private static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[(int)Math.Ceiling(p * sorted.Length) - 1];
}
