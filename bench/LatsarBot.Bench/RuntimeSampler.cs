using System.Diagnostics;

namespace LatsarBot.Bench;

/// <summary>
/// What the process did during the measured window (client and server share it, so its CPU is both),
/// and how busy the whole machine was: other processes' CPU makes a run noisy, and the report says so.
/// </summary>
public sealed record RuntimeStats(
    double CpuPercent, double MachineCpuPercent, double AllocatedMb, int Gen0, int Gen1, int Gen2, int MaxPoolThreads, long MaxQueuedWorkItems);

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
        var allocated = GC.GetTotalAllocatedBytes();
        var machine = MachineTicks();
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
        var machineNow = MachineTicks();
        var machineBusy = machine is { } before && machineNow is { } after && after.Total > before.Total
            ? 100.0 * (after.Busy - before.Busy) / (after.Total - before.Total)
            : double.NaN;
        return new RuntimeStats(
            100 * used.TotalSeconds / (wall.TotalSeconds * Environment.ProcessorCount),
            machineBusy,
            (GC.GetTotalAllocatedBytes() - allocated) / 1e6,
            GC.CollectionCount(0) - gen0,
            GC.CollectionCount(1) - gen1,
            GC.CollectionCount(2) - gen2,
            maxThreads,
            maxQueue);
    }

    /// <summary>Busy and total CPU ticks of the whole machine from /proc/stat; null where there is none.</summary>
    private static (long Busy, long Total)? MachineTicks()
    {
        const string stat = "/proc/stat";
        if (!File.Exists(stat))
        {
            return null;
        }

        var fields = File.ReadLines(stat).First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(long.Parse).ToArray();
        var idle = fields[3] + (fields.Length > 4 ? fields[4] : 0);
        var total = fields.Take(8).Sum();
        return (total - idle, total);
    }

    private static TimeSpan Remaining(long timestamp)
    {
        var left = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), timestamp);
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }
}
