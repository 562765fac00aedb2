using LatsarBot.Data;
using LatsarBot.Scheduling;

namespace LatsarBot.Reminders;

/// <summary>Rebuilds every cohort's reminder triggers when the host starts (content or calendars may have changed while it was down).</summary>
public sealed class ReminderStartup(IServiceProvider services, TimeProvider clock, ILogger<ReminderStartup> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ReminderSchedule>().RebuildAsync(
                scope.ServiceProvider.GetRequiredService<LatsarDb>(), LatsarScheduler.Get(services), null, clock.GetUtcNow(), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The bot serves without reminders rather than not at all; the next start or calendar change tries again.
            log.LogError(e, "Could not rebuild the reminder triggers.");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
