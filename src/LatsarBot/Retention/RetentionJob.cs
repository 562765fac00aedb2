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
        // WIB is UTC+7 all year; the store keeps a zone by its id, and UTC is the one id every host resolves.
        var utc = options.NightlyAt.Add(-WibOffset);
        var job = JobBuilder.Create<RetentionJob>().WithIdentity(Key).StoreDurably().Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity(Key.Name, Key.Group)
            .ForJob(Key)
            .WithCronSchedule(
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"0 {utc.Minute} {utc.Hour} * * ?"),
                cron => cron.InTimeZone(TimeZoneInfo.Utc).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();
        await scheduler.ScheduleJob(job, trigger, ScheduleJobOptions.Replacing, cancellationToken);
    }

    private static readonly TimeSpan WibOffset = TimeSpan.FromHours(7);
}
