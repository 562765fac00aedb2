using LatsarBot.Bot.Outbox;
using LatsarBot.Core.Announcements;
using LatsarBot.Data;
using LatsarBot.Dialogs.Announcements;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Announcements;

/// <summary>
/// Runs announcements after the turn that made them: fans out the ones sent "now", hands scheduled ones to the Quartz
/// scheduler (<see cref="AnnouncementJob"/> fans them out at their time), and closes finished or cancelled ones with a
/// report to their author (a cancelled one's trigger is removed). The state lives in the announcements table and the
/// triggers in Quartz's persistent store, so a restart picks up where it stopped; the fan-out is keyed, so a repeat
/// sends nothing twice.
/// </summary>
public sealed class AnnouncementService(
    IServiceScopeFactory scopes,
    AnnouncementFanOut fanOut,
    OutboxSignal signal,
    TimeProvider time,
    ILogger<AnnouncementService> log) : BackgroundService
{
    /// <summary>How soon an organiser's "Kirim" starts going out: the turn cannot hand the work over before it commits.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await RunOnceAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    log.LogError(e, "Announcement fan-out failed; trying again");
                }

                await Task.Delay(PollInterval, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: a half-done fan-out is finished by the next start (its keys skip what is in).
        }
    }

    /// <summary>One pass: triggers for new scheduled ones, fan out what was sent now, close what is done. Returns how many messages it queued.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LatsarDb>();
        foreach (var scheduled in await fanOut.UntriggeredAsync(db, cancellationToken))
        {
            await AnnouncementJob.ScheduleAsync(scope.ServiceProvider, scheduled.Id, scheduled.ScheduledFor ?? time.GetUtcNow(), cancellationToken);
            await fanOut.MarkTriggeredAsync(db, scheduled.Id, cancellationToken);
        }

        // A cancelled one's trigger goes before its report, so it cannot fire after; firing anyway would enqueue nothing.
        foreach (var id in await db.Announcements.Where(a => a.Status == AnnouncementStatus.Cancelled && a.TriggerSetAt != null && a.ReportedAt == null)
            .Select(a => a.Id).ToListAsync(cancellationToken))
        {
            await AnnouncementJob.UnscheduleAsync(scope.ServiceProvider, id, cancellationToken);
        }

        var queued = 0;
        foreach (var id in await fanOut.DueAsync(db, cancellationToken))
        {
            var result = await fanOut.RunAsync(db, id, cancellationToken);
            if (result is not null)
            {
                log.LogInformation("Announcement {Id}: {Queued} queued, {Already} already queued, {Unreachable} unreachable", id, result.Queued, result.AlreadyQueued, result.Unreachable.Count);
                queued += result.Queued;
            }
        }

        if (await fanOut.CloseFinishedAsync(db, cancellationToken) > 0 || queued > 0)
        {
            signal.Notify();
        }

        return queued;
    }
}
