using LatsarBot.Core.Announcements;
using LatsarBot.Data.Outbox;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Data.Announcements;

/// <summary>The delivery report of an announcement, counted from its outbox batch in a few grouped queries.</summary>
public static class AnnouncementReports
{
    public static async Task<DeliveryReport> ReportAsync(LatsarDb db, Announcement announcement, CancellationToken cancellationToken)
    {
        if (announcement.FannedOutAt is null && !await db.Outbox.AnyAsync(o => o.Batch == announcement.Batch, cancellationToken))
        {
            // Not fanned out yet: the audience as it stands now, all still to come (or never, once cancelled).
            var audience = await AnnouncementAudience.Of(db, announcement).CountAsync(cancellationToken);
            return announcement.Status == AnnouncementStatus.Cancelled
                ? new DeliveryReport(audience, 0, 0, 0, 0, audience, [])
                : new DeliveryReport(audience, 0, 0, audience, 0, 0, []);
        }

        var batch = announcement.Batch;

        // A row that failed and went on to the person's next channel is not their outcome: the row it went on to is.
        var rows = db.Outbox.AsNoTracking().Where(o => o.Batch == batch && o.FallbackChannel == null);
        var byStatus = await rows.GroupBy(o => o.Status).Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Status, g => g.Count, cancellationToken);

        // A failure on a chat the platform has since marked unreachable (blocked, deleted) is "unreachable", not a fault.
        var failed = rows.Where(o => o.Status == OutboxStatus.Failed);
        var gone = failed.Where(o => db.ChannelIdentities.Any(i => i.Channel == o.Channel && i.ConversationId == o.ConversationId && i.UnreachableAt != null));
        var goneCount = await gone.CountAsync(cancellationToken);
        var failures = await failed.Where(o => !gone.Any(g => g.Id == o.Id))
            .GroupBy(o => o.LastError ?? "")
            .Select(g => new { Reason = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var last = db.OutboxPlatformIds.Where(p => p.Last);
        var delivered = await rows.CountAsync(o => o.Status == OutboxStatus.Sent && last.Any(p => p.OutboxMessageId == o.Id && p.DeliveredAt != null), cancellationToken);
        var read = await rows.CountAsync(o => o.Status == OutboxStatus.Sent && last.Any(p => p.OutboxMessageId == o.Id && p.ReadAt != null), cancellationToken);
        var held = await rows.Where(o => o.Status == OutboxStatus.Held)
            .GroupBy(o => (o.Outcome ?? "") + ": " + (o.LastError ?? ""))
            .Select(g => new { Reason = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var byChannel = await rows.Where(o => o.Status == OutboxStatus.Sent).GroupBy(o => o.Channel)
            .Select(g => new { Channel = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);

        int Count(OutboxStatus status) => byStatus.GetValueOrDefault(status);
        var queued = byStatus.Values.Sum();
        return new DeliveryReport(
            Recipients: queued + announcement.UnreachableAtEnqueue,
            Queued: queued,
            Sent: Count(OutboxStatus.Sent),
            Pending: Count(OutboxStatus.Pending),
            Unreachable: announcement.UnreachableAtEnqueue + goneCount,
            Cancelled: Count(OutboxStatus.Cancelled),
            Failures: failures.OrderByDescending(f => f.Count).Select(f => new FailureGroup(f.Reason, f.Count)).ToList())
        {
            Delivered = delivered,
            Read = read,
            HeldReasons = held.OrderByDescending(h => h.Count).Select(h => new FailureGroup(h.Reason, h.Count)).ToList(),
            SentByChannel = byChannel.OrderByDescending(c => c.Count).ThenBy(c => c.Channel, StringComparer.Ordinal).Select(c => new ChannelCount(c.Channel, c.Count)).ToList(),
        };
    }

    /// <summary>
    /// Each recipient's tries from the delivery ledger, in order (channel and outcome), for the report that names
    /// people: who got it on which channel, and where it failed first.
    /// </summary>
    public static Task<IReadOnlyList<RecipientDelivery>> RecipientsAsync(LatsarDb db, Announcement announcement, CancellationToken cancellationToken) =>
        RecipientsAsync(db, announcement.Batch, cancellationToken);

    /// <summary>The same for any batch of proactive messages: a reminder run ("reminder:…"), a weekly summary.</summary>
    public static async Task<IReadOnlyList<RecipientDelivery>> RecipientsAsync(LatsarDb db, string batch, CancellationToken cancellationToken)
    {
        var attempts = await (
            from attempt in db.DeliveryAttempts.AsNoTracking()
            where attempt.Batch == batch && attempt.PersonId != null
            join person in db.People.AsNoTracking() on attempt.PersonId equals person.Id
            orderby person.Name, attempt.Id
            select new { PersonId = attempt.PersonId!.Value, person.Name, attempt.Channel, attempt.Outcome })
            .ToListAsync(cancellationToken);
        return attempts.GroupBy(a => (a.PersonId, a.Name))
            .Select(g => new RecipientDelivery(g.Key.PersonId, g.Key.Name, g.Select(a => new DeliveryTry(a.Channel, a.Outcome)).ToList()))
            .ToList();
    }

    /// <summary>
    /// Withdraws the announcement's unsent rows (they become Cancelled: never sent, gone from the web chat feed). A row a
    /// dispatcher is sending at this moment still goes out and is recorded as sent. Returns how many were withdrawn.
    /// </summary>
    public static Task<int> WithdrawPendingAsync(LatsarDb db, int announcementId, CancellationToken cancellationToken)
    {
        var batch = Announcement.BatchOf(announcementId);
        return db.Outbox.Where(o => o.Batch == batch && o.Status == OutboxStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OutboxStatus.Cancelled), cancellationToken);
    }
}

/// <summary>One recipient's tries; <see cref="SentOn"/> the channel that delivered it, if any did.</summary>
public sealed record RecipientDelivery(int PersonId, string Name, IReadOnlyList<DeliveryTry> Tries)
{
    public string? SentOn => Tries.LastOrDefault(t => t.Outcome == DeliveryOutcomes.Sent)?.Channel;
}

public sealed record DeliveryTry(string Channel, string Outcome);
