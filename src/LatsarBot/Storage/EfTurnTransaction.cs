using System.Text.Json;
using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Storage;
using LatsarBot.Data;
using LatsarBot.Data.Conversations;
using LatsarBot.Data.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace LatsarBot.Storage;

public sealed class EfTurnTransaction(
    LatsarDb db,
    IDbContextTransaction transaction,
    IAsyncDisposable writeGate,
    Activity activity,
    InboundActivity? inbound,
    ConversationRecord? record,
    ConversationState state,
    IReadOnlyList<StoredReply>? replayed,
    TimeProvider time) : ITurnTransaction
{
    public IReadOnlyList<StoredReply>? Replayed => replayed;

    public ConversationState State => state;

    public async Task<IReadOnlyList<StoredReply>> CommitAsync(ConversationState newState, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        if (inbound is null || record is null)
        {
            throw new InvalidOperationException("A replayed turn has nothing to commit.");
        }

        var now = time.GetUtcNow();
        record.StateJson = JsonSerializer.Serialize(newState, StateJson.Options);
        record.UserId = activity.From.Id;
        record.UpdatedAt = now;
        record.Version++;

        var stored = new List<StoredReply>(replies.Count);
        try
        {
            // First save gives the ledger row its id, which the outbox rows point back to for replays.
            await db.SaveChangesAsync(cancellationToken);
            foreach (var reply in replies)
            {
                var sequence = record.NextSequence++;
                db.Outbox.Add(new OutboxMessage
                {
                    Channel = activity.Channel,
                    ConversationId = activity.ConversationId,
                    Sequence = sequence,
                    Kind = OutboxKind.Reply,
                    PayloadJson = JsonSerializer.Serialize(reply, StateJson.Options),
                    Status = OutboxStatus.Pending,
                    CreatedAt = now,
                    NotBefore = now,
                    InboundId = inbound.Id,
                });
                stored.Add(new StoredReply(sequence, reply));
            }

            if (replies.Count > 0)
            {
                record.Version++;
                await db.SaveChangesAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException e)
        {
            throw new TurnConflictException($"Conversation {activity.Key} changed during the turn.", e);
        }
        catch (DbUpdateException e)
        {
            // A unique key fired: the same activity, or the conversation's first turn, committed elsewhere
            // meanwhile. Running the turn again finds it and replays or continues.
            throw new TurnConflictException($"Conversation {activity.Key} was written concurrently.", e);
        }

        return stored;
    }

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await writeGate.DisposeAsync();
    }
}
