using System.Diagnostics;

namespace LatsarBot.Bench;

/// <summary>What the process did during the measured window: client and server share it, so the CPU is both.</summary>
public sealed record RuntimeStats(double CpuPercent, int Gen0, int Gen1, int Gen2, int MaxPoolThreads, long MaxQueuedWorkItems, long LockContentions);

public static class RuntimeSampler
{
    /// <summary>Samples from <paramref name="from"/> to <paramref name="until"/> (Stopwatch timestamps), every 200 ms.</summary>
    public static async Task<RuntimeStats> SampleAsync(long from, long until, CancellationToken cancellationToken)
    {
        await Task.Delay(Remaining(from), cancellationToken);
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var started = Stopwatch.GetTimestamp();
        var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var contentions = Monitor.LockContentionCount;
        var maxThreads = 0;
        long maxQueue = 0;
        while (Stopwatch.GetTimestamp() < until && !cancellationToken.IsCancellationRequested)
        {
            maxThreads = Math.Max(maxThreads, ThreadPool.ThreadCount);
            maxQueue = Math.Max(maxQueue, ThreadPool.PendingWorkItemCount);
            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }

        process.Refresh();
        var wall = Stopwatch.GetElapsedTime(started);
        var used = process.TotalProcessorTime - cpu;
        return new RuntimeStats(
            100 * used.TotalSeconds / (wall.TotalSeconds * Environment.ProcessorCount),
            GC.CollectionCount(0) - gen0,
            GC.CollectionCount(1) - gen1,
            GC.CollectionCount(2) - gen2,
            maxThreads,
            maxQueue,
            Monitor.LockContentionCount - contentions);
    }

    private static TimeSpan Remaining(long timestamp)
    {
        var left = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), timestamp);
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }
}
