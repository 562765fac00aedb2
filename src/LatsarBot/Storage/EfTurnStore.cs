using System.Text.Json;
using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Storage;
using LatsarBot.Data;
using LatsarBot.Data.Conversations;
using LatsarBot.Data.Outbox;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Storage;

/// <summary>
/// The turn's transaction over the scope's <see cref="LatsarDb"/>: the dialogs of the same scope write
/// their domain changes to the same context, so one SaveChanges inside one transaction carries them all.
/// </summary>
public sealed class EfTurnStore(LatsarDb db, SqliteWriteGate gate, TimeProvider time) : ITurnStore
{
    public async Task<ITurnTransaction> BeginAsync(Activity activity, CancellationToken cancellationToken)
    {
        var held = await gate.EnterAsync(db, cancellationToken);
        Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction;
        try
        {
            transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        }
        catch
        {
            await held.DisposeAsync();
            throw;
        }

        try
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
                    return new EfTurnTransaction(db, transaction, held, activity, null, null, new ConversationState(), replies, time);
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
            return new EfTurnTransaction(db, transaction, held, activity, inbound, record, state, null, time);
        }
        catch
        {
            await transaction.DisposeAsync();
            await held.DisposeAsync();
            throw;
        }
    }
}
