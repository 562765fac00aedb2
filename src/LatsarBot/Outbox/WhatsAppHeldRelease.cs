using LatsarBot.Bot.Outbox;
using LatsarBot.Channels.WhatsApp;
using LatsarBot.Data;
using LatsarBot.Data.Outbox;
using LatsarBot.WhatsApp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LatsarBot.Outbox;

/// <summary>
/// WhatsApp messages held because the 24-hour window was closed and no template could carry them go out free-form once
/// the person writes again (their message reopens the window): back to pending, in their places in the chat, so the
/// dispatcher sends them in order, once. Only rows the fallback has looked at and that no other channel delivered or is
/// still trying are released: no other channel found, or every one offered failed as well; a message another channel
/// took over is never sent twice. Run by the dispatcher right after the fallback pass, never beside it.
/// </summary>
/// <remarks>
/// Triggered by inbound WhatsApp messages (<see cref="WindowOpened"/>, from the store that records them), which is when
/// a window reopens; a slow sweep (<see cref="OutboxOptions.HeldSweepInterval"/>) catches what a trigger missed: an
/// inbound message taken by another instance, a row the fallback had not yet looked at, a restart. Each row is claimed
/// by a conditional UPDATE that repeats what was read (status and fallback marks), so of two instances, or of the
/// release and the fallback, exactly one acts on it.
/// </remarks>
public sealed class WhatsAppHeldRelease(SqliteWriteGate gate, OutboxSignal signal, TimeProvider time, IOptions<OutboxOptions> options, ILogger<WhatsAppHeldRelease> log)
{
    private readonly object _lock = new();
    private HashSet<string> _opened = new(StringComparer.Ordinal);
    private DateTimeOffset _sweptAt = DateTimeOffset.MinValue;

    /// <summary>These WhatsApp chats wrote: their windows are open, and what they have held may go now.</summary>
    public void WindowOpened(IEnumerable<string> conversationIds)
    {
        lock (_lock)
        {
            _opened.UnionWith(conversationIds);
        }

        signal.Notify();
    }

    /// <summary>Returns how many held rows went back to pending; does nothing unless a window opened or the sweep is due.</summary>
    public async Task<int> ReleaseAsync(LatsarDb db, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        HashSet<string> opened;
        bool sweep;
        lock (_lock)
        {
            sweep = now - _sweptAt >= options.Value.HeldSweepInterval;
            (opened, _opened) = (_opened, new HashSet<string>(StringComparer.Ordinal));
            if (sweep)
            {
                _sweptAt = now;
            }
        }

        if (!sweep && opened.Count == 0)
        {
            return 0;
        }

        var (released, notYet) = await ReleaseOpenAsync(db, sweep ? null : opened, now, cancellationToken);
        if (notYet.Count > 0)
        {
            // Held rows of an open window the fallback has not yet decided on: looked at again on the next pass, which
            // comes by the poll interval. Waking the dispatcher now would spin it while the other channel's retry waits.
            lock (_lock)
            {
                _opened.UnionWith(notYet);
            }
        }

        if (sweep)
        {
            await OutboxPartsCleanup.ForgetFinishedAsync(db, gate, cancellationToken);
        }

        if (released > 0)
        {
            log.LogInformation("WhatsApp: {Count} held message(s) released, their chats' windows open again", released);
        }

        return released;
    }

    /// <param name="chats">The chats to look at; null: every chat (the sweep).</param>
    private async Task<(int Released, List<string> NotYet)> ReleaseOpenAsync(LatsarDb db, HashSet<string>? chats, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var since = now - WhatsAppSender.Window;
        var query = db.Outbox.AsNoTracking()
            .Where(o => o.Status == OutboxStatus.Held && o.Channel == WhatsAppChannel.Name && o.Outcome == OutboxOutcomes.HeldNoTemplate);
        if (chats is not null)
        {
            var ids = chats.ToList();
            query = query.Where(o => ids.Contains(o.ConversationId));
        }

        // The contact's last inbound time is the channel value the store keeps for it, stamped when it was written.
        var held = await query
            .Where(o => db.ChannelValues.Any(v => v.Channel == WhatsAppChannel.Name && v.Key == EfWhatsAppStore.InboundPrefix + o.ConversationId && v.UpdatedAt > since))
            .OrderBy(o => o.Id)
            .Select(o => new Held(o.Id, o.ConversationId, o.Kind, o.Key, o.PersonId, o.FallbackAt, o.FallbackChannel))
            .ToListAsync(cancellationToken);
        var released = 0;
        var notYet = new List<string>();
        foreach (var row in held)
        {
            switch (await DecideAsync(db, row, cancellationToken))
            {
                case Decision.Release when await ClaimAsync(db, row, now, cancellationToken):
                    released++;
                    break;
                case Decision.NotYet:
                    notYet.Add(row.ConversationId);
                    break;
            }
        }

        return (released, notYet);
    }

    private enum Decision
    {
        Release,
        NotYet,
        Never,
    }

    private static async Task<Decision> DecideAsync(LatsarDb db, Held row, CancellationToken cancellationToken)
    {
        if (row.Kind != OutboxKind.Proactive || row.Key is null || row.PersonId is null)
        {
            // A turn's reply: never offered to another channel.
            return Decision.Release;
        }

        if (row.FallbackAt is null)
        {
            return Decision.NotYet;
        }

        if (row.FallbackChannel is null)
        {
            return Decision.Release;
        }

        // Offered to another channel: released only when no row of the message was delivered or is still being tried.
        var messageKey = DeliveryOrder.MessageKeyOf(row.Key);
        var prefix = messageKey + DeliveryOrder.FallbackSeparator;
        var others = await db.Outbox.AsNoTracking()
            .Where(o => o.Id != row.Id && o.Key != null && (o.Key == messageKey || o.Key.StartsWith(prefix)))
            .Select(o => new { o.Status, o.FallbackAt })
            .ToListAsync(cancellationToken);
        if (others.Any(o => o.Status == OutboxStatus.Sent))
        {
            return Decision.Never;
        }

        return others.Any(o => o.Status == OutboxStatus.Pending || o.FallbackAt is null) ? Decision.NotYet : Decision.Release;
    }

    /// <summary>The row back to pending, only if it is still as it was read: of two claimants, one matches it.</summary>
    private async Task<bool> ClaimAsync(LatsarDb db, Held row, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using (await gate.EnterAsync(db, cancellationToken))
        {
            // FallbackAt cleared: should the free-form send now fail for good, the row is offered on again like any other.
            return await db.Outbox
                .Where(o => o.Id == row.Id && o.Status == OutboxStatus.Held && o.Outcome == OutboxOutcomes.HeldNoTemplate
                    && o.FallbackAt == row.FallbackAt && o.FallbackChannel == row.FallbackChannel)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(o => o.Status, OutboxStatus.Pending)
                        .SetProperty(o => o.NotBefore, now)
                        .SetProperty(o => o.Outcome, (string?)null)
                        .SetProperty(o => o.LastError, (string?)null)
                        .SetProperty(o => o.FallbackAt, (DateTimeOffset?)null)
                        .SetProperty(o => o.FallbackChannel, (string?)null),
                    cancellationToken) == 1;
        }
    }

    private sealed record Held(long Id, string ConversationId, OutboxKind Kind, string? Key, int? PersonId, DateTimeOffset? FallbackAt, string? FallbackChannel);
}
