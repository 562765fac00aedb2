using System.Text.Json;
using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Outbox;
using LatsarBot.Bot.Storage;
using LatsarBot.Data;
using LatsarBot.Data.Conversations;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Storage;

/// <summary>
/// The turn's unit of work over the scope's <see cref="LatsarDb"/>, which the dialogs of the same scope
/// also write to. Reading happens outside a transaction; every write (ledger row, domain changes, state,
/// outbox rows) goes in ONE transaction at commit, guarded by the conversation's ETag and the ledger's
/// unique key, so a concurrent writer makes the turn run again rather than both winning. Keeping the
/// transaction to the commit is what lets SQLite's single writer serve many conversations at once.
/// </summary>
public sealed class EfTurnStore(LatsarDb db, SqliteWriteGate gate, IEnumerable<IOutboxSender> senders, TimeProvider time) : ITurnStore
{
    public async Task<ITurnTransaction> BeginAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.Id is { } id)
        {
            var seen = await db.InboundActivities
                .Where(a => a.Channel == activity.Channel && a.ActivityId == id)
                .Select(a => (long?)a.Id)
                .FirstOrDefaultAsync(cancellationToken);
            if (seen is { } inboundId)
            {
                var replies = await OutboxReplies.OfInboundAsync(db, inboundId, cancellationToken);
                return new EfTurnTransaction(db, gate, activity, null, null, new ConversationState(), replies, false, time);
            }
        }

        var now = time.GetUtcNow();
        var inbound = new InboundActivity
        {
            Channel = activity.Channel,
            ActivityId = activity.Id ?? Guid.NewGuid().ToString("N"),
            ConversationId = activity.ConversationId,
            ReceivedAt = now,
        };
        db.InboundActivities.Add(inbound);

        var record = await db.Conversations.FirstOrDefaultAsync(
            c => c.Channel == activity.Channel && c.ConversationId == activity.ConversationId, cancellationToken);
        if (record is null)
        {
            record = new ConversationRecord { Channel = activity.Channel, ConversationId = activity.ConversationId, StateJson = "{}", UpdatedAt = now };
            db.Conversations.Add(record);
        }

        var state = JsonSerializer.Deserialize<ConversationState>(record.StateJson, StateJson.Options) ?? new ConversationState();
        var deliveredByFeed = senders.Any(s => s.Channel == activity.Channel && s.DeliveredOnCommit);
        return new EfTurnTransaction(db, gate, activity, inbound, record, state, null, deliveredByFeed, time);
    }
}
