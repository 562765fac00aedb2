using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Channels;
using LatsarBot.Bot.Messages;
using LatsarBot.Bot.Outbox;
using LatsarBot.Core.Announcements;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Data.Announcements;
using LatsarBot.Data.Outbox;
using LatsarBot.Dialogs.Announcements;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Announcements;

/// <summary>
/// Turns a due announcement into outbox rows, outside any turn: one query for the audience, then the outbox's bulk
/// enqueue. Every message is keyed "announcement:{id}:{personId}", so a second run (a trigger fired twice, a crash
/// half-way, two nodes) enqueues only what the first did not. Also closes announcements off: once every row has an
/// outcome, or once one was cancelled, its author gets the delivery report (keyed too, so once).
/// </summary>
public sealed class AnnouncementFanOut(ProactiveOutbox outbox, MessageCatalog messages, ChannelDirectory channels, SqliteWriteGate gate, TimeProvider time)
{
    /// <summary>Recipients enqueued between two looks at whether the announcement was cancelled meanwhile.</summary>
    public const int Slice = 2000;

    /// <summary>Announcements sent "now" whose fan-out has not run (scheduled ones are fired by their trigger).</summary>
    public Task<List<int>> DueAsync(LatsarDb db, CancellationToken cancellationToken) =>
        db.Announcements.AsNoTracking().Where(a => a.Status == AnnouncementStatus.Sending)
            .OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(cancellationToken);

    /// <summary>Scheduled announcements whose trigger the scheduler does not have yet (made in a turn, which cannot know its id).</summary>
    public Task<List<Announcement>> UntriggeredAsync(LatsarDb db, CancellationToken cancellationToken) =>
        db.Announcements.AsNoTracking().Where(a => a.Status == AnnouncementStatus.Scheduled && a.TriggerSetAt == null)
            .OrderBy(a => a.Id).ToListAsync(cancellationToken);

    public async Task MarkTriggeredAsync(LatsarDb db, int announcementId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using (await gate.EnterAsync(db, cancellationToken))
        {
            await db.Announcements.Where(a => a.Id == announcementId).ExecuteUpdateAsync(s => s.SetProperty(a => a.TriggerSetAt, now), cancellationToken);
        }
    }

    /// <summary>
    /// Enqueues the announcement's messages if it is due and not cancelled or finished; returns null when there was
    /// nothing to do. Safe to run any number of times. <paramref name="due"/>: its trigger fired, so a scheduled one is
    /// due whatever this clock says (the scheduler keeps its own time).
    /// </summary>
    public async Task<EnqueueResult?> RunAsync(LatsarDb db, int announcementId, CancellationToken cancellationToken, bool due = false)
    {
        var now = time.GetUtcNow();
        var announcement = await db.Announcements.AsNoTracking().SingleOrDefaultAsync(a => a.Id == announcementId, cancellationToken);
        if (announcement is null || !announcement.IsDue(now, fired: due))
        {
            return null;
        }

        var institution = await db.Institutions.AsNoTracking().Where(i => i.Id == announcement.InstitutionId).Select(i => i.Name).SingleAsync(cancellationToken);
        var payloads = Enum.GetValues<Language>().ToDictionary(l => l, l => OutboxPayload.Of(AnnouncementView.Message(messages, l, institution, announcement.Text)));
        var recipients = await AnnouncementAudience.RecipientsAsync(db, announcement, cancellationToken);

        var total = new EnqueueResult();
        foreach (var slice in recipients.Chunk(Slice))
        {
            if (await IsCancelledAsync(db, announcementId, cancellationToken))
            {
                break;
            }

            var result = await outbox.EnqueueAsync(
                db,
                slice.Select(r => new ProactiveMessage(r.PersonId, Announcement.KeyOf(announcementId, r.PersonId), payloads[r.Language]) { Batch = announcement.Batch }),
                now,
                cancellationToken);
            total.Queued += result.Queued;
            total.AlreadyQueued += result.AlreadyQueued;
            total.Unreachable.AddRange(result.Unreachable);
        }

        await using (await gate.EnterAsync(db, cancellationToken))
        {
            // Written as delivering only while still open: the organiser may have cancelled it during the enqueue.
            var unreachable = total.Unreachable.Count;
            announcement.MarkFannedOut(now, unreachable);
            var status = announcement.Status;
            var open = await db.Announcements.Where(a => a.Id == announcementId).Where(Announcement.Open)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, status).SetProperty(a => a.FannedOutAt, now).SetProperty(a => a.UnreachableAtEnqueue, unreachable), cancellationToken);
            if (open == 0)
            {
                // Cancelled while we were enqueueing: what went in after the organiser's cancel is withdrawn too.
                await db.Announcements.Where(a => a.Id == announcementId)
                    .ExecuteUpdateAsync(s => s.SetProperty(a => a.FannedOutAt, now).SetProperty(a => a.UnreachableAtEnqueue, unreachable), cancellationToken);
                await AnnouncementReports.WithdrawPendingAsync(db, announcementId, cancellationToken);
            }
        }

        return total;
    }

    /// <summary>
    /// Closes announcements that have an outcome for every recipient (completed) or were cancelled: unsent rows of a
    /// cancelled one are withdrawn, and the author gets the final report. Returns how many were closed.
    /// </summary>
    public async Task<int> CloseFinishedAsync(LatsarDb db, CancellationToken cancellationToken)
    {
        var candidates = await db.Announcements.AsNoTracking()
            .Where(a => (a.Status == AnnouncementStatus.Delivering || a.Status == AnnouncementStatus.Cancelled) && a.ReportedAt == null)
            .OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var closed = 0;
        foreach (var announcement in candidates)
        {
            var was = announcement.Status;
            if (was == AnnouncementStatus.Cancelled)
            {
                await using (await gate.EnterAsync(db, cancellationToken))
                {
                    await AnnouncementReports.WithdrawPendingAsync(db, announcement.Id, cancellationToken);
                }
            }
            else if (await db.Outbox.AnyAsync(o => o.Batch == announcement.Batch && o.Status == OutboxStatus.Pending, cancellationToken))
            {
                continue;
            }

            // Closed first so the report reads "completed"; written only if nobody changed its status meanwhile.
            announcement.Close(time.GetUtcNow());
            await ReportToAuthorAsync(db, announcement, cancellationToken);
            var (status, reportedAt) = (announcement.Status, announcement.ReportedAt);
            await using (await gate.EnterAsync(db, cancellationToken))
            {
                await db.Announcements.Where(a => a.Id == announcement.Id && a.Status == was)
                    .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, status).SetProperty(a => a.ReportedAt, reportedAt), cancellationToken);
            }

            closed++;
        }

        return closed;
    }

    private async Task ReportToAuthorAsync(LatsarDb db, Announcement announcement, CancellationToken cancellationToken)
    {
        if (announcement.AuthorId is not { } authorId
            || await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == authorId, cancellationToken) is not { } author)
        {
            return;
        }

        var report = await AnnouncementReports.ReportAsync(db, announcement, cancellationToken);
        var text = AnnouncementView.Report(messages, author.Language, announcement, report, author.TimeZone, channels);
        await outbox.EnqueueAsync(db, [new ProactiveMessage(authorId, $"announcement:{announcement.Id}:report", OutboxPayload.Of(new Reply(text)))], time.GetUtcNow(), cancellationToken);
    }

    private static Task<bool> IsCancelledAsync(LatsarDb db, int announcementId, CancellationToken cancellationToken) =>
        db.Announcements.AsNoTracking().AnyAsync(a => a.Id == announcementId && a.Status == AnnouncementStatus.Cancelled, cancellationToken);
}
