using System.Text.Json;
using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Storage;
using LatsarBot.Data;
using LatsarBot.Data.Conversations;
using LatsarBot.Data.Outbox;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Storage;

public sealed class EfTurnTransaction(
    LatsarDb db,
    SqliteWriteGate gate,
    Activity activity,
    InboundActivity? inbound,
    ConversationRecord? record,
    ConversationState state,
    IReadOnlyList<StoredReply>? replayed,
    bool deliveredByFeed,
    bool? senderBound,
    TimeProvider time) : ITurnTransaction
{
    public bool? SenderBound => senderBound;

    public IReadOnlyList<StoredReply>? Replayed => replayed;

    public ConversationState State => state;

    public bool LeftPendingMessages { get; private set; }

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
        foreach (var reply in replies)
        {
            var sequence = record.NextSequence++;
            // A channel whose client reads the outbox itself (web chat) has its replies delivered by this commit.
            db.Outbox.Add(OutboxMessage.Reply(activity.Channel, activity.ConversationId, sequence, JsonSerializer.Serialize(reply, StateJson.Options), inbound, deliveredByFeed, now));

            stored.Add(new StoredReply(sequence, reply));
        }

        // SQLite's writers queue on the gate one at a time, so every microsecond spent inside it is paid by all
        // of them: the change tracker is scanned here, before the queue, and SaveChanges inside only writes.
        db.ChangeTracker.DetectChanges();
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await using var writer = await gate.EnterAsync(db, cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
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
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }

        LeftPendingMessages = !deliveredByFeed && stored.Count > 0;
        return stored;
    }

    /// <summary>Closes the connection <see cref="EfTurnStore"/> opened for the turn.</summary>
    public async ValueTask DisposeAsync() => await db.Database.CloseConnectionAsync();
}
