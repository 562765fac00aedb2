using LatsarBot.Scheduling;
using Quartz;

namespace LatsarBot.Retention;

/// <summary>
/// The nightly retention run, fired by Quartz from its persistent store. On PostgreSQL the scheduler is clustered, so
/// the trigger fires on one instance; <see cref="DisallowConcurrentExecutionAttribute"/> keeps a slow run from overlapping
/// the next.
/// </summary>
[DisallowConcurrentExecution]
public sealed class RetentionJob(RetentionRunner runner, TimeProvider clock) : ClockedJob(clock)
{
    public static readonly JobKey Key = new("retention", "maintenance");

    public override Task RunAsync(JobRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        return runner.RunAsync(run.Now, dryRun: false, cancellationToken);
    }

    /// <summary>Stores the job and its daily trigger at <see cref="RetentionOptions.NightlyAt"/> WIB, replacing an earlier time.</summary>
    public static async Task ScheduleAsync(IScheduler scheduler, RetentionOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        ArgumentNullException.ThrowIfNull(options);
        var job = JobBuilder.Create<RetentionJob>().WithIdentity(Key).StoreDurably().Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity(Key.Name, Key.Group)
            .ForJob(Key)
            .WithCronSchedule(
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"0 {options.NightlyAt.Minute} {options.NightlyAt.Hour} * * ?"),
                cron => cron.InTimeZone(Wib).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();
        await scheduler.ScheduleJob(job, trigger, ScheduleJobOptions.Replacing, cancellationToken);
    }

    /// <summary>Western Indonesia Time, fixed UTC+7 (no daylight saving), without relying on the host's tz database.</summary>
    private static readonly TimeZoneInfo Wib = TimeZoneInfo.CreateCustomTimeZone("WIB", TimeSpan.FromHours(7), "WIB", "WIB");
}
