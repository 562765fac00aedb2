using LatsarBot.Data.Conversations;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Data.Outbox;

/// <summary>
/// Messages the bot sends first: reminders, announcements, a coach's answer relayed to a participant. A person is
/// reached on the channel they used last, or, when that one has told us they left, on the first reachable one in the
/// <see cref="DeliveryOrder"/>; the message takes the next place in that conversation, like a turn's reply, so web
/// chat feeds and per-chat order stay whole. A try that ends undelivered is offered to the next channel by the
/// dispatcher's fallback (<see cref="EnqueueOnAsync"/>).
/// </summary>
public sealed class ProactiveOutbox(SqliteWriteGate gate, DeliveryOrder? order = null)
{
    private readonly DeliveryOrder _order = order ?? DeliveryOrder.Default;

    /// <summary>People per transaction in <see cref="EnqueueAsync"/>: small enough to keep a turn's wait for the writer short.</summary>
    public const int ChunkSize = 500;

    private const int MaxConflictRetries = 10;

    /// <summary>
    /// Adds one message to the tracked <paramref name="db"/>, for a turn that speaks to someone else (a relay to a
    /// coach): the turn's commit writes it together with everything else. The recipient's conversation is bumped like a
    /// turn bumps it, so a turn of theirs racing this one conflicts and runs again instead of reusing the place.
    /// Returns false when the person has no reachable chat.
    /// </summary>
    public async Task<bool> AddAsync(LatsarDb db, ProactiveMessage message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var addresses = await AddressesAsync(db, [message.PersonId], _order, cancellationToken);
        if (!addresses.TryGetValue(message.PersonId, out var conversation))
        {
            return false;
        }

        Add(db, conversation, message, now);
        return true;
    }

    /// <summary>
    /// Adds one message for a chat that is no single person's (a coaches' group, where a relay goes to a participant's
    /// topic), like <see cref="AddAsync"/>; the chat's conversation is started when the bot has never written there.
    /// <see cref="ProactiveMessage.PersonId"/> names whom the message is meant for.
    /// </summary>
    public static async Task AddToChatAsync(LatsarDb db, string channel, string conversationId, ProactiveMessage message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var conversation = db.Conversations.Local.FirstOrDefault(c => c.Channel == channel && c.ConversationId == conversationId)
            ?? await db.Conversations.FirstOrDefaultAsync(c => c.Channel == channel && c.ConversationId == conversationId, cancellationToken);
        if (conversation is null)
        {
            // A turn in the group starting the same conversation meanwhile makes one commit fail its unique key and run again.
            conversation = new ConversationRecord { Channel = channel, ConversationId = conversationId, StateJson = "{}", UpdatedAt = now };
            db.Conversations.Add(conversation);
        }

        Add(db, conversation, message, now);
    }

    /// <summary>
    /// Enqueues many messages in chunks, each chunk in its own transaction. A message whose key is already in the
    /// outbox is skipped, so a job that runs twice (a crash before it recorded its run, a misfire, two nodes) sends
    /// nothing twice. Nothing is tracked afterwards.
    /// </summary>
    public async Task<EnqueueResult> EnqueueAsync(LatsarDb db, IEnumerable<ProactiveMessage> messages, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var result = new EnqueueResult();
        foreach (var chunk in messages.Chunk(ChunkSize))
        {
            await EnqueueChunkAsync(db, chunk, null, now, result, cancellationToken);
        }

        return result;
    }

    /// <summary>
    /// Like <see cref="EnqueueAsync"/>, but each message goes to the person's account on <paramref name="channel"/> (a
    /// fallback after another channel could not deliver it); people with no reachable account there are unreachable.
    /// </summary>
    public async Task<EnqueueResult> EnqueueOnAsync(LatsarDb db, string channel, IEnumerable<ProactiveMessage> messages, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var result = new EnqueueResult();
        foreach (var chunk in messages.Chunk(ChunkSize))
        {
            await EnqueueChunkAsync(db, chunk, channel, now, result, cancellationToken);
        }

        return result;
    }

    private async Task EnqueueChunkAsync(LatsarDb db, ProactiveMessage[] chunk, string? channel, DateTimeOffset now, EnqueueResult result, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (attempt > 1 && chunk.Length > 1)
            {
                // Someone in this chunk keeps talking to the bot while we write: halve the chunk until the busy
                // conversations are on their own, so they do not hold up everyone else.
                var half = chunk.Length / 2;
                await EnqueueChunkAsync(db, chunk[..half], channel, now, result, cancellationToken);
                await EnqueueChunkAsync(db, chunk[half..], channel, now, result, cancellationToken);
                return;
            }

            db.ChangeTracker.Clear();
            var keys = chunk.Select(m => m.Key).ToList();
            var existing = (await db.Outbox.AsNoTracking().Where(o => o.Key != null && keys.Contains(o.Key))
                .Select(o => o.Key!).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
            var fresh = chunk.Where(m => !existing.Contains(m.Key)).DistinctBy(m => m.Key).ToList();
            var addresses = await AddressRowsAsync(db, fresh.Select(m => m.PersonId).Distinct().ToList(), channel, cancellationToken);

            // Set-based: one multi-row INSERT of the messages and one UPDATE of their conversations per chunk, instead
            // of a tracked entity each (a 100,000-person reminder took minutes that way).
            var rows = new List<OutboxBulkSql.Row>();
            var conversations = new Dictionary<long, OutboxBulkSql.ConversationBump>();
            List<int> unreachable = [];
            foreach (var message in fresh)
            {
                if (!addresses.TryGetValue(message.PersonId, out var address))
                {
                    unreachable.Add(message.PersonId);
                    continue;
                }

                if (!conversations.TryGetValue(address.Id, out var bump))
                {
                    conversations[address.Id] = bump = new OutboxBulkSql.ConversationBump(address.Id, address.Version, address.NextSequence);
                }

                rows.Add(new OutboxBulkSql.Row(address.Channel, address.ConversationId, bump.Next++, message));
            }

            try
            {
                if (rows.Count > 0)
                {
                    await using var writer = await gate.EnterAsync(db, cancellationToken);
                    await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                    var bumped = await OutboxBulkSql.BumpConversationsAsync(db, conversations.Values, now, cancellationToken);
                    if (bumped != conversations.Count)
                    {
                        // A turn of a recipient took a place in their conversation meanwhile (its version moved).
                        throw new DbUpdateConcurrencyException($"{conversations.Count - bumped} conversation(s) changed while enqueuing.");
                    }

                    await OutboxBulkSql.InsertAsync(db, rows, now, cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                }

                result.Queued += rows.Count;
                result.AlreadyQueued += chunk.Length - fresh.Count;
                result.Unreachable.AddRange(unreachable);
                return;
            }
            catch (Exception e) when (e is DbUpdateException or System.Data.Common.DbException && attempt < MaxConflictRetries)
            {
                // A turn of a recipient bumped their conversation meanwhile (concurrency token), or another node enqueued
                // one of these keys (unique index): read again; the keys written elsewhere are then skipped.
            }
        }
    }

    /// <summary>Each person's conversation to write to (untracked): see <see cref="DeliveryOrder.First"/>, or their reachable one on <paramref name="channel"/>.</summary>
    private async Task<Dictionary<int, OutboxBulkSql.Address>> AddressRowsAsync(LatsarDb db, IReadOnlyCollection<int> personIds, string? channel, CancellationToken cancellationToken)
    {
        if (personIds.Count == 0)
        {
            return [];
        }

        var rows = await (
            from identity in db.ChannelIdentities.AsNoTracking()
            where personIds.Contains(identity.PersonId) && (channel == null || (identity.Channel == channel && identity.UnreachableAt == null))
            join conversation in db.Conversations.AsNoTracking()
                on new { identity.Channel, identity.ConversationId } equals new { conversation.Channel, conversation.ConversationId }
            select new AccountRow<OutboxBulkSql.Address>(
                identity.PersonId,
                identity.UnreachableAt == null,
                identity.LastActiveAt ?? identity.BoundAt,
                new OutboxBulkSql.Address(conversation.Id, conversation.Channel, conversation.ConversationId, conversation.NextSequence, conversation.Version)))
            .ToListAsync(cancellationToken);

        return rows.GroupBy(r => r.PersonId)
            .Select(g => _order.First(g, r => r.Address.Channel, r => r.LastUsed, r => r.Reachable))
            .OfType<AccountRow<OutboxBulkSql.Address>>()
            .ToDictionary(r => r.PersonId, r => r.Address);
    }

    private static void Add(LatsarDb db, ConversationRecord conversation, ProactiveMessage message, DateTimeOffset now)
    {
        db.Outbox.Add(OutboxMessage.Proactive(conversation.Channel, conversation.ConversationId, conversation.NextSequence++, message.PayloadJson, message.PersonId, message.Key, message.Batch, now));
        conversation.Version++;
        conversation.UpdatedAt = now;
    }

    /// <summary>Each person's conversation to write to, tracked: see <see cref="DeliveryOrder.First"/>.</summary>
    private static async Task<Dictionary<int, ConversationRecord>> AddressesAsync(LatsarDb db, IReadOnlyCollection<int> personIds, DeliveryOrder order, CancellationToken cancellationToken)
    {
        if (personIds.Count == 0)
        {
            return [];
        }

        var rows = await (
            from identity in db.ChannelIdentities
            where personIds.Contains(identity.PersonId)
            join conversation in db.Conversations
                on new { identity.Channel, identity.ConversationId } equals new { conversation.Channel, conversation.ConversationId }
            select new AccountRow<ConversationRecord>(identity.PersonId, identity.UnreachableAt == null, identity.LastActiveAt ?? identity.BoundAt, conversation))
            .ToListAsync(cancellationToken);

        return rows.GroupBy(r => r.PersonId)
            .Select(g => order.First(g, r => r.Address.Channel, r => r.LastUsed, r => r.Reachable))
            .OfType<AccountRow<ConversationRecord>>()
            .ToDictionary(r => r.PersonId, r => r.Address);
    }

    private sealed record AccountRow<T>(int PersonId, bool Reachable, DateTimeOffset LastUsed, T Address);
}

/// <summary>
/// One proactive message for one person, due now. <see cref="Key"/> makes it exactly-once; <see cref="Batch"/> groups a
/// broadcast or a reminder run for its delivery report. There is deliberately no "send later": a row waiting in the
/// outbox holds back the later messages of its chat (per-chat order) and has already taken its place in the web
/// chat's feed, so whatever must wait (quiet hours, a set time) waits in the scheduler and is enqueued when due.
/// </summary>
public sealed record ProactiveMessage(int PersonId, string Key, string PayloadJson)
{
    public string? Batch { get; init; }
}

public sealed class EnqueueResult
{
    public int Queued { get; set; }

    /// <summary>Messages whose key was in the outbox already: an earlier run sent or queued them.</summary>
    public int AlreadyQueued { get; set; }

    /// <summary>People with no chat the bot can write to (never logged in, or blocked the bot everywhere).</summary>
    public List<int> Unreachable { get; } = [];
}
