using LatsarBot.Scheduling;

namespace LatsarBot.Reminders;

/// <summary>The Quartz job of one reminder slot; the work is <see cref="ReminderRunner.RunAsync"/>.</summary>
public sealed class ReminderJob(ReminderRunner runner, TimeProvider clock, ILogger<ReminderJob> log) : ClockedJob(clock)
{
    public override async Task RunAsync(JobRun run, CancellationToken cancellationToken)
    {
        if (ReminderSlotKey.FromData(run.Data) is not { } slot)
        {
            log.LogError("Reminder job {Name} carries no readable slot; nothing sent.", run.Name);
            return;
        }

        await runner.RunAsync(slot, run.ScheduledFor, run.Now, cancellationToken);
    }
}
