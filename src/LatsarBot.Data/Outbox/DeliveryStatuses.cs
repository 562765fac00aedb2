using LatsarBot.Data.Channels;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Data.Outbox;

/// <summary>
/// A platform's word on one message it accepted: "sent", "delivered", "read" or "failed" (with the error, and whether
/// it means the chat cannot be written to at all, like WhatsApp's 131026).
/// </summary>
public sealed record DeliveryStatus(string PlatformId, string Status, DateTimeOffset At, string? ErrorCode = null, string? ErrorReason = null, bool Unreachable = false);

/// <summary>
/// Status callbacks reconciled into the outbox rows they are about, by platform message id. Each fact is written once
/// (the first delivered or read time stays; a failed row stays failed), so a callback delivered twice, or out of
/// order, has no second effect. Delivered and read count for the row's last message, which carries its text.
/// </summary>
public static class DeliveryStatuses
{
    public const string Sent = "sent", Delivered = "delivered", Read = "read", Failed = "failed";

    /// <summary>Returns how many of the statuses were about a row of ours.</summary>
    public static async Task<int> ApplyAsync(LatsarDb db, IReadOnlyCollection<DeliveryStatus> statuses, CancellationToken cancellationToken)
    {
        var ids = statuses.Select(s => s.PlatformId).Distinct(StringComparer.Ordinal).ToList();
        var messages = await db.OutboxPlatformIds.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        if (messages.Count == 0)
        {
            return 0;
        }

        // The outbox rows themselves only for a failure: delivered and read are facts of the platform message alone.
        var failedRowIds = statuses.Where(s => s.Status == Failed && messages.ContainsKey(s.PlatformId))
            .Select(s => messages[s.PlatformId].OutboxMessageId).Distinct().ToList();
        var rows = failedRowIds.Count == 0
            ? []
            : await db.Outbox.Where(o => failedRowIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
        var matched = 0;
        foreach (var status in statuses)
        {
            if (!messages.TryGetValue(status.PlatformId, out var message))
            {
                continue;
            }

            matched++;
            switch (status.Status)
            {
                case Delivered when message.Last:
                    message.DeliveredAt ??= status.At;
                    break;
                case Read when message.Last:
                    // Read implies delivered; the "delivered" callback may come later, or not at all.
                    message.DeliveredAt ??= status.At;
                    message.ReadAt ??= status.At;
                    break;
                case Failed when rows.TryGetValue(message.OutboxMessageId, out var row) && row.Status == OutboxStatus.Sent:
                    // Accepted, then not deliverable after all (131026, 131047, a media that could not be fetched…).
                    row.Status = OutboxStatus.Failed;
                    row.Outcome = status.ErrorCode;
                    row.LastError = OutboxMessage.ErrorText(status.ErrorReason ?? status.ErrorCode ?? "failed");
                    if (status.Unreachable)
                    {
                        await db.MarkUnreachableAsync(row.Channel, row.ConversationId, status.At, cancellationToken);
                    }

                    break;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return matched;
    }
}
