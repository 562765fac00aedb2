using System.Globalization;
using LatsarBot.Bot.Outbox;
using LatsarBot.Data;
using LatsarBot.Dialogs.Announcements;
using LatsarBot.Scheduling;
using Quartz;

namespace LatsarBot.Announcements;

/// <summary>
/// Fires a scheduled announcement at its set time. One job per announcement, keyed by its id; the fan-out is keyed per
/// recipient, so a trigger that fires twice (a misfire, two nodes, a crash before Quartz recorded the firing) enqueues
/// nothing twice, and a cancelled announcement enqueues nothing at all.
/// </summary>
public sealed class AnnouncementJob(LatsarDb db, AnnouncementFanOut fanOut, OutboxSignal signal, TimeProvider clock, ILogger<AnnouncementJob> log) : ClockedJob(clock)
{
    public const string Group = "announcements";

    public static JobKey Key(int announcementId) => new($"announcement:{announcementId.ToString(CultureInfo.InvariantCulture)}", Group);

    public override async Task RunAsync(JobRun run, CancellationToken cancellationToken)
    {
        if (!run.Data.TryGetValue("id", out var text) || !int.TryParse(text, CultureInfo.InvariantCulture, out var id))
        {
            log.LogError("Announcement job {Name} has no announcement id", run.Name);
            return;
        }

        var result = await fanOut.RunAsync(db, id, cancellationToken, due: true);
        if (result is { Queued: > 0 })
        {
            log.LogInformation("Announcement {Id} due {Due:o}, fired {Lateness} late: {Queued} queued", id, run.ScheduledFor, run.Lateness, result.Queued);
            signal.Notify();
        }
    }

    /// <summary>Gives the scheduler the announcement's trigger; scheduling it again replaces it.</summary>
    public static Task ScheduleAsync(IServiceProvider services, int announcementId, DateTimeOffset when, CancellationToken cancellationToken) =>
        LatsarScheduler.ScheduleOnceAsync<AnnouncementJob>(
            LatsarScheduler.Get(services), Key(announcementId), when,
            new Dictionary<string, string> { ["id"] = announcementId.ToString(CultureInfo.InvariantCulture) }, cancellationToken);

    public static Task<bool> UnscheduleAsync(IServiceProvider services, int announcementId, CancellationToken cancellationToken) =>
        LatsarScheduler.UnscheduleAsync(LatsarScheduler.Get(services), Key(announcementId), cancellationToken);
}
