using LatsarBot.Bot.Outbox;
using LatsarBot.Core.Announcements;
using LatsarBot.Data;
using LatsarBot.Data.Outbox;
using LatsarBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Outbox;

/// <summary>
/// One person, several channels: a proactive message whose try ended undelivered (failed for good, blocked, or held by
/// its channel) is offered to the person's next reachable channel in the
/// <see cref="DeliveryOrder"/> that it has not been tried on. Each try is a row of the delivery ledger, written with the
/// outbox row's outcome in one commit. Restart-safe: the next row is enqueued under a unique key
/// (<see cref="DeliveryOrder.FallbackKey"/>) before the failed row is marked as offered, so a crash in between only
/// makes the next pass find the key queued already; nothing goes out twice.
/// </summary>
public sealed class DeliveryFallback(ProactiveOutbox outbox, DeliveryOrder order, SqliteWriteGate gate, TimeProvider time, ILogger<DeliveryFallback> log)
{
    private const int RowsPerPass = 100;

    /// <summary>The ledger row of one try, or null for a turn's reply and for a wait the platform asked for (not a try).</summary>
    public static DeliveryAttempt? Attempt(OutboxMessage row, SendOutcome outcome, DateTimeOffset now)
    {
        if (row.Kind != OutboxKind.Proactive || row.Key is null || (row.Status == OutboxStatus.Pending && outcome is SendOutcome.Transient { RetryAfter: not null }))
        {
            return null;
        }

        return new DeliveryAttempt
        {
            MessageKey = DeliveryOrder.MessageKeyOf(row.Key),
            OutboxId = row.Id,
            PersonId = row.PersonId,
            Batch = row.Batch,
            Channel = row.Channel,
            Outcome = row.Status switch
            {
                OutboxStatus.Sent => DeliveryOutcomes.Sent,
                OutboxStatus.Pending => DeliveryOutcomes.Retry,
                OutboxStatus.Failed => outcome is SendOutcome.Terminal { Unreachable: true } ? DeliveryOutcomes.Blocked : DeliveryOutcomes.Failed,
                var other => other.ToString().ToLowerInvariant(),
            },
            Reason = row.Status == OutboxStatus.Sent ? null : row.LastError,
            At = now,
        };
    }

    /// <summary>Offers the undelivered rows to their next channel; returns how many rows it handled.</summary>
    public async Task<int> OfferNextAsync(LatsarDb db, CancellationToken cancellationToken)
    {
        // Undelivered: failed for good, or held by its channel (no template outside WhatsApp's window). Named, not "any
        // status but…": this runs on every dispatcher pass, and only equalities let the (Status, FallbackAt) index find
        // the few such rows among all the sent ones.
        var rows = await db.Outbox.AsNoTracking()
            .Where(o => (o.Status == OutboxStatus.Failed || o.Status == OutboxStatus.Held)
                && o.FallbackAt == null && o.Kind == OutboxKind.Proactive && o.Key != null && o.PersonId != null)
            .OrderBy(o => o.Id)
            .Take(RowsPerPass)
            .ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            var next = await WithdrawnAsync(db, row.Batch, cancellationToken) ? null : await EnqueueNextAsync(db, row, cancellationToken);
            await using (await gate.EnterAsync(db, cancellationToken))
            {
                var now = time.GetUtcNow();
                await db.Outbox.Where(o => o.Id == row.Id && o.FallbackAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(o => o.FallbackAt, now).SetProperty(o => o.FallbackChannel, next), cancellationToken);
            }

            log.LogInformation("Outbox message {Id} ({Key}) undelivered on {Channel}: {Next}", row.Id, row.Key, row.Channel, next is null ? "no other channel" : "offered to " + next);
        }

        return rows.Count;
    }

    private async Task<string?> EnqueueNextAsync(LatsarDb db, OutboxMessage row, CancellationToken cancellationToken)
    {
        var messageKey = DeliveryOrder.MessageKeyOf(row.Key!);
        var reachable = await db.ChannelIdentities.AsNoTracking()
            .Where(i => i.PersonId == row.PersonId && i.UnreachableAt == null)
            .Select(i => i.Channel).Distinct().ToListAsync(cancellationToken);

        // The message's rows on every channel it could have gone to, found by their unique keys.
        var keys = reachable.Concat(order.Channels).Append(row.Channel).Distinct().Select(c => DeliveryOrder.FallbackKey(messageKey, c)).Append(messageKey).ToList();
        var rows = await db.Outbox.AsNoTracking().Where(o => o.Key != null && keys.Contains(o.Key))
            .Select(o => new { o.Id, o.Channel }).ToListAsync(cancellationToken);
        if (rows.Where(o => o.Id > row.Id).MinBy(o => o.Id) is { } queued)
        {
            // Queued by a pass that stopped before it marked this row (a crash): that is where it went on to.
            return queued.Channel;
        }

        var candidates = reachable.Except(rows.Select(o => o.Channel)).ToList();
        while (order.Next(candidates, c => c) is { } channel)
        {
            var message = new ProactiveMessage(row.PersonId!.Value, DeliveryOrder.FallbackKey(messageKey, channel), row.PayloadJson) { Batch = row.Batch };
            var result = await outbox.EnqueueOnAsync(db, channel, [message], time.GetUtcNow(), cancellationToken);
            if (result.Queued + result.AlreadyQueued > 0)
            {
                return channel;
            }

            candidates.Remove(channel);
        }

        return null;
    }

    /// <summary>A cancelled announcement goes nowhere else: its failed rows are not offered on.</summary>
    private static async Task<bool> WithdrawnAsync(LatsarDb db, string? batch, CancellationToken cancellationToken) =>
        Announcement.IdOfBatch(batch) is { } id
        && await db.Announcements.AnyAsync(a => a.Id == id && a.Status == AnnouncementStatus.Cancelled, cancellationToken);
}
