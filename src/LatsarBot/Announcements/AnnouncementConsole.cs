using LatsarBot.Bot.Channels;
using System.Globalization;
using LatsarBot.Bot.Messages;
using LatsarBot.Core.Announcements;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Data.Announcements;
using LatsarBot.Dialogs.Announcements;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Announcements;

/// <summary>
/// The CLI's announcements (`announce send|report|cancel|list`), on the same model as the chat: an announcement row,
/// fanned out by <see cref="AnnouncementFanOut"/>, reported from its outbox batch. Separate from the command parsing
/// so tests can drive it in-process. Texts for the operator are English; the message itself is what recipients get.
/// </summary>
public sealed class AnnouncementConsole(IServiceProvider services, TextWriter output, TextReader input)
{
    private MessageCatalog Messages => services.GetRequiredService<MessageCatalog>();

    private ChannelDirectory Channels => services.GetRequiredService<ChannelDirectory>();

    private TimeProvider Time => services.GetRequiredService<TimeProvider>();

    public async Task<int> SendAsync(string to, string text, DateTimeOffset? at, string? institutionName, bool yes, CancellationToken cancellationToken)
    {
        if (AudienceTarget.TryParse(to) is not { } target)
        {
            await output.WriteLineAsync($"'{to}' is not an audience: use all, cohort:NAME, class:COHORT/NAME or role:participant|coach|mentor.");
            return 1;
        }

        text = text.Trim();
        var maxLength = AnnouncementView.MaxTextLengthFor(services.GetRequiredService<ChannelDirectory>());
        if (text.Length == 0 || text.Length > maxLength)
        {
            await output.WriteLineAsync($"The text must have 1 to {maxLength} characters (it has {text.Length}).");
            return 1;
        }

        var now = Time.GetUtcNow();
        if (at is { } when && !Announcement.CanScheduleFor(when, now))
        {
            await output.WriteLineAsync($"--at {when:yyyy-MM-ddTHH:mmzzz} has passed.");
            return 1;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LatsarDb>();
        var institution = await InstitutionAsync(db, institutionName, cancellationToken);
        if (institution is null)
        {
            return 1;
        }

        var announcement = await ResolveAsync(db, institution, target, text, now, cancellationToken);
        if (announcement is null)
        {
            return 1;
        }

        var shape = await AnnouncementAudience.ShapeAsync(db, announcement, now, services.GetRequiredService<Core.Schedule.QuietHours>(), cancellationToken);
        await output.WriteLineAsync(AnnouncementView.Message(Messages, Language.Id, institution.Name, text).Text);
        await output.WriteLineAsync("---");
        await output.WriteLineAsync(AnnouncementView.Summary(Messages, Language.En, shape, services.GetRequiredService<ChannelRates>(), services.GetRequiredService<ChannelDirectory>()));
        if (shape.Total == 0)
        {
            return 1;
        }

        if (!yes)
        {
            await output.WriteAsync(at is null ? "Send now? [y/N] " : $"Schedule for {at:yyyy-MM-dd HH:mm zzz}? [y/N] ");
            if ((await input.ReadLineAsync(cancellationToken))?.Trim().ToLowerInvariant() is not ("y" or "yes" or "ya"))
            {
                await output.WriteLineAsync("Nothing sent.");
                return 1;
            }
        }

        if (at is { } releaseAt)
        {
            announcement.Schedule(releaseAt, now);
        }
        else
        {
            announcement.SendNow();
        }

        db.Announcements.Add(announcement);
        Data.Audit.AuditLog.Record(db, now, Data.Audit.AuditActor.Cli, Data.Audit.AuditActions.AnnouncementCreate, announcement.AudienceLabel,
            at is { } scheduledAt ? $"scheduled {scheduledAt:u}: {text}" : $"now: {text}", Data.Audit.AuditOrigin.Cli, announcement.InstitutionId);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        if (at is { } scheduledFor)
        {
            // The trigger lives in the scheduler's persistent store; the web host's scheduler fires it.
            await AnnouncementJob.ScheduleAsync(services, announcement.Id, scheduledFor, cancellationToken);
            await services.GetRequiredService<AnnouncementFanOut>().MarkTriggeredAsync(db, announcement.Id, cancellationToken);
            await output.WriteLineAsync($"Announcement #{announcement.Id} scheduled for {at:yyyy-MM-dd HH:mm zzz}.");
            return 0;
        }

        // From the CLI the fan-out runs here and now; the host's dispatcher delivers.
        await services.GetRequiredService<AnnouncementFanOut>().RunAsync(db, announcement.Id, cancellationToken);
        return await ReportAsync(announcement.Id, cancellationToken);
    }

    public async Task<int> ReportAsync(int id, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LatsarDb>();
        if (await db.Announcements.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken) is not { } announcement)
        {
            await output.WriteLineAsync($"No announcement #{id}.");
            return 1;
        }

        var report = await AnnouncementReports.ReportAsync(db, announcement, cancellationToken);
        await output.WriteLineAsync(AnnouncementView.Report(Messages, Language.En, announcement, report, TimeZoneCode.Wib, Channels).Replace("*", "", StringComparison.Ordinal));

        // Who got it on which channel, and where it failed before: the delivery ledger, one line per recipient.
        foreach (var recipient in await AnnouncementReports.RecipientsAsync(db, announcement, cancellationToken))
        {
            var tries = string.Join(" → ", recipient.Tries.Select(t => Messages.Text(Language.En, DeliveryMsg.Try,
                ("channel", Channels.DisplayName(t.Channel)), ("outcome", t.Outcome))));
            await output.WriteLineAsync(Messages.Text(Language.En, DeliveryMsg.Recipient, ("name", recipient.Name), ("tries", tries)));
        }

        return 0;
    }

    /// <summary>Scheduled: its trigger is removed and it never fans out. Running: its unsent rows are withdrawn at once.</summary>
    public async Task<int> CancelAsync(int id, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LatsarDb>();
        var withdrawn = await AnnouncementCancel.TryAsync(
            db, services.GetRequiredService<SqliteWriteGate>(), id, Time.GetUtcNow(), Data.Audit.AuditActor.Cli, Data.Audit.AuditOrigin.Cli, cancellationToken);
        if (withdrawn is null)
        {
            await output.WriteLineAsync($"Announcement #{id} does not exist, has finished or was cancelled already.");
            return 1;
        }

        await output.WriteLineAsync($"Announcement #{id} cancelled; {withdrawn} unsent messages withdrawn.");
        await AnnouncementJob.UnscheduleAsync(services, id, cancellationToken);

        return await ReportAsync(id, cancellationToken);
    }

    public async Task<int> ListAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LatsarDb>();
        var recent = await db.Announcements.AsNoTracking().OrderByDescending(a => a.Id).Take(50).ToListAsync(cancellationToken);
        foreach (var a in recent)
        {
            var when = a.ScheduledFor is { } at ? $" at {at:yyyy-MM-dd HH:mm}Z" : "";
            var preview = a.Text.Length > 40 ? a.Text[..40] + "…" : a.Text;
            await output.WriteLineAsync($"#{a.Id.ToString(CultureInfo.InvariantCulture),-5} {a.CreatedAt:yyyy-MM-dd HH:mm}Z  {a.Status,-10}{when}  {a.AudienceLabel}: {preview.ReplaceLineEndings(" ")}");
        }

        if (recent.Count == 0)
        {
            await output.WriteLineAsync("No announcements.");
        }

        return 0;
    }

    private async Task<Institution?> InstitutionAsync(LatsarDb db, string? name, CancellationToken cancellationToken)
    {
        var all = await db.Institutions.AsNoTracking().Where(i => name == null || i.Name == name).Take(2).ToListAsync(cancellationToken);
        if (all.Count == 1)
        {
            return all[0];
        }

        await output.WriteLineAsync(name is null ? "There are several institutions (or none): name one with --institution." : $"No institution named '{name}'.");
        return null;
    }

    /// <summary>The audience's names as ids, the way the chat would have picked them.</summary>
    private async Task<Announcement?> ResolveAsync(LatsarDb db, Institution institution, AudienceTarget target, string text, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var announcement = new Announcement { InstitutionId = institution.Id, Audience = target.Kind, AudienceLabel = "", Text = text, CreatedAt = now };
        switch (target.Kind)
        {
            case AudienceKind.All:
                announcement.AudienceLabel = Messages.Text(Language.Id, AnnouncementMsg.LabelAll);
                return announcement;
            case AudienceKind.Role:
                announcement.AudienceRole = target.Role;
                announcement.AudienceLabel = Messages.Text(Language.Id, AnnouncementMsg.LabelOf(target.Role));
                return announcement;
            case AudienceKind.Cohort:
                var cohort = await db.Cohorts.AsNoTracking().FirstOrDefaultAsync(c => c.InstitutionId == institution.Id && c.Name == target.Cohort, cancellationToken);
                if (cohort is null)
                {
                    await output.WriteLineAsync($"No cohort named '{target.Cohort}' at {institution.Name}.");
                    return null;
                }

                (announcement.CohortId, announcement.AudienceLabel) = (cohort.Id, cohort.Name);
                return announcement;
            default:
                var kelas = await db.Classes.AsNoTracking().Include(c => c.Cohort)
                    .FirstOrDefaultAsync(c => c.Cohort!.InstitutionId == institution.Id && c.Cohort.Name == target.Cohort && c.Name == target.Class, cancellationToken);
                if (kelas is null)
                {
                    await output.WriteLineAsync($"No class '{target.Class}' in cohort '{target.Cohort}' at {institution.Name}.");
                    return null;
                }

                (announcement.CohortId, announcement.ClassId, announcement.AudienceLabel) = (kelas.CohortId, kelas.Id, $"{kelas.Cohort!.Name} / {kelas.Name}");
                return announcement;
        }
    }
}
