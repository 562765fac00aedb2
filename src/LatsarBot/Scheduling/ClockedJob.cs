using Quartz;

namespace LatsarBot.Scheduling;

/// <summary>
/// A Quartz job whose work is a plain method of "when it was due" and "now". Quartz runs on real time; the app's
/// <see cref="TimeProvider"/> supplies "now", so tests drive <see cref="RunAsync"/> directly with a fake clock and a
/// <see cref="JobRun"/> of their own, and the same code runs when Quartz fires it.
/// </summary>
public abstract class ClockedJob(TimeProvider clock) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var data = context.MergedJobDataMap.ToDictionary(e => e.Key, e => e.Value?.ToString() ?? "", StringComparer.Ordinal);
        var run = new JobRun(context.JobDetail.Key.Name, context.ScheduledFireTimeUtc ?? context.FireTimeUtc, clock.GetUtcNow(), data);
        await RunAsync(run, cancellationToken);
    }

    public abstract Task RunAsync(JobRun run, CancellationToken cancellationToken);
}

/// <summary>
/// One firing: the job's name, the instant it was due (after downtime, earlier than <see cref="Now"/>), the app's
/// clock when it ran, and the string data it was scheduled with.
/// </summary>
public sealed record JobRun(string Name, DateTimeOffset ScheduledFor, DateTimeOffset Now, IReadOnlyDictionary<string, string> Data)
{
    /// <summary>How late this firing is.</summary>
    public TimeSpan Lateness => Now - ScheduledFor;
}
