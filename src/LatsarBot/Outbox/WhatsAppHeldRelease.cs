using LatsarBot.Channels.WhatsApp;
using LatsarBot.Data;
using LatsarBot.Data.Outbox;
using LatsarBot.WhatsApp;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Outbox;

/// <summary>
/// WhatsApp messages held because the 24-hour window was closed and no template could carry them go out free-form once
/// the person writes again (their message reopens the window): back to pending, in their places in the chat, so the
/// dispatcher sends them in order, once. Only rows the fallback has already looked at and found no other channel for
/// (or could never offer on: a turn's reply) are released, so a message another channel took over is never sent twice.
/// Run by the dispatcher right after the fallback pass, never beside it.
/// </summary>
public sealed class WhatsAppHeldRelease(SqliteWriteGate gate, TimeProvider time, ILogger<WhatsAppHeldRelease> log)
{
    /// <summary>Returns how many held rows went back to pending.</summary>
    public async Task<int> ReleaseAsync(LatsarDb db, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var since = now - WhatsAppSender.Window;

        // The contact's last inbound time is the channel value the store keeps for it, stamped when it was written.
        var ids = await db.Outbox.AsNoTracking()
            .Where(o => o.Status == OutboxStatus.Held && o.Channel == WhatsAppChannel.Name && o.Outcome == OutboxOutcomes.HeldNoTemplate
                && o.FallbackChannel == null
                && (o.FallbackAt != null || o.Kind != OutboxKind.Proactive || o.Key == null || o.PersonId == null)
                && db.ChannelValues.Any(v => v.Channel == WhatsAppChannel.Name && v.Key == EfWhatsAppStore.InboundPrefix + o.ConversationId && v.UpdatedAt > since))
            .OrderBy(o => o.Id)
            .Select(o => o.Id)
            .ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return 0;
        }

        int released;
        await using (await gate.EnterAsync(db, cancellationToken))
        {
            // FallbackAt cleared: should the free-form send now fail for good, the row is offered on again like any other.
            released = await db.Outbox.Where(o => ids.Contains(o.Id) && o.Status == OutboxStatus.Held && o.FallbackChannel == null)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(o => o.Status, OutboxStatus.Pending)
                        .SetProperty(o => o.NotBefore, now)
                        .SetProperty(o => o.Outcome, (string?)null)
                        .SetProperty(o => o.LastError, (string?)null)
                        .SetProperty(o => o.FallbackAt, (DateTimeOffset?)null),
                    cancellationToken);
        }

        log.LogInformation("WhatsApp: {Count} held message(s) released, their chats' windows open again", released);
        return released;
    }
}
