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
    // Compiled once: a LINQ query run through DbSet re-walks its expression tree (parameter extraction and
    // the query cache lookup) on every execution; these run on every turn.
    private static readonly CompiledQuery<Func<LatsarDb, string, string, CancellationToken, Task<long?>>> SeenActivity = new(() =>
        EF.CompileAsyncQuery((LatsarDb db, string channel, string activityId, CancellationToken _) =>
            db.InboundActivities.Where(a => a.Channel == channel && a.ActivityId == activityId).Select(a => (long?)a.Id).FirstOrDefault()));

    // The conversation and the ledger's word on the activity in one round trip: the steady state of a chat. The ledger
    // is asked by (channel, activity id) alone, as SeenActivity does, so a redelivery is found whatever the conversation.
    // The same read says whether the sender is bound at all, so a stranger's turn needs no look-up of its speaker.
    private static readonly CompiledQuery<Func<LatsarDb, string, string, string, string, CancellationToken, Task<ConversationAndSeen?>>> ConversationAndLedger = new(() =>
        EF.CompileAsyncQuery((LatsarDb db, string channel, string conversationId, string activityId, string senderId, CancellationToken _) =>
            db.Conversations.Where(c => c.Channel == channel && c.ConversationId == conversationId)
                .Select(c => new ConversationAndSeen
                {
                    Record = c,
                    Seen = db.InboundActivities.Where(a => a.Channel == channel && a.ActivityId == activityId).Select(a => (long?)a.Id).FirstOrDefault(),
                    SenderBound = db.ChannelIdentities.Any(i => i.Channel == channel && i.ChannelUserId == senderId),
                })
                .FirstOrDefault()));

    private static readonly CompiledQuery<Func<LatsarDb, string, string, CancellationToken, Task<ConversationRecord?>>> Conversation = new(() =>
        EF.CompileAsyncQuery((LatsarDb db, string channel, string conversationId, CancellationToken _) =>
            db.Conversations.FirstOrDefault(c => c.Channel == channel && c.ConversationId == conversationId)));

    private sealed class ConversationAndSeen
    {
        public required ConversationRecord Record { get; init; }

        public long? Seen { get; init; }

        public bool SenderBound { get; init; }
    }

    public async Task<ITurnTransaction> BeginAsync(Activity activity, CancellationToken cancellationToken)
    {
        // One connection for the whole turn (the transaction closes it): EF opens and closes it around each
        // query otherwise, and every SQLite open re-registers EF's SQL functions on the connection.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await BeginOpenAsync(activity, cancellationToken);
        }
        catch
        {
            await db.Database.CloseConnectionAsync();
            throw;
        }
    }

    private async Task<ITurnTransaction> BeginOpenAsync(Activity activity, CancellationToken cancellationToken)
    {
        ConversationRecord? record;
        bool? senderBound = null;
        if (activity.Id is { } id)
        {
            // A new conversation has no row to carry the ledger's answer; only then is the ledger asked on its own.
            var both = await ConversationAndLedger.For(db)(db, activity.Channel, activity.ConversationId, id, activity.From.Id, cancellationToken);
            record = both?.Record;
            senderBound = both?.SenderBound;
            var seen = both is null ? await SeenActivity.For(db)(db, activity.Channel, id, cancellationToken) : both.Seen;
            if (seen is { } inboundId)
            {
                var replies = await OutboxReplies.OfInboundAsync(db, inboundId, cancellationToken);
                return new EfTurnTransaction(db, gate, activity, null, null, new ConversationState(), replies, false, null, time);
            }
        }
        else
        {
            record = await Conversation.For(db)(db, activity.Channel, activity.ConversationId, cancellationToken);
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
        if (record is null)
        {
            record = new ConversationRecord { Channel = activity.Channel, ConversationId = activity.ConversationId, StateJson = "{}", UpdatedAt = now };
            db.Conversations.Add(record);
        }

        var state = JsonSerializer.Deserialize<ConversationState>(record.StateJson, StateJson.Options) ?? new ConversationState();
        var deliveredByFeed = senders.Any(s => s.Channel == activity.Channel && s.DeliveredOnCommit);
        return new EfTurnTransaction(db, gate, activity, inbound, record, state, null, deliveredByFeed, senderBound, time);
    }
}
