using LatsarBot.Bot.Outbox;
using LatsarBot.Data;
using LatsarBot.Data.Channels;
using LatsarBot.Data.Outbox;
using LatsarBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LatsarBot.Outbox;

/// <summary>
/// Sends committed outbox rows through each channel's <see cref="IOutboxSender"/> and records the outcome.
/// Rows are claimed with a lease (a conditional UPDATE, portable to SQLite and PostgreSQL), so two
/// instances never send the same row, and rows claimed by a process that died are taken again after
/// the lease. Rows left pending by a crash are simply found on the next run.
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    IEnumerable<IOutboxSender> senders,
    SqliteWriteGate gate,
    OutboxSignal signal,
    DispatcherStatus status,
    DeliveryFallback fallback,
    WhatsAppHeldRelease heldRelease,
    TimeProvider time,
    IOptions<OutboxOptions> options,
    ILogger<OutboxDispatcher> log) : BackgroundService
{
    private readonly string _owner = $"{Environment.ProcessId}:{Guid.NewGuid():N}";
    private readonly Dictionary<string, IOutboxSender> _senders = senders.ToDictionary(s => s.Channel);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        status.Running = true;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var busy = false;
                try
                {
                    busy = await DispatchOnceAsync(stoppingToken) > 0;
                    status.LastError = null;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    status.LastError = e.Message;
                    log.LogError(e, "Outbox dispatch failed; trying again");
                }

                status.LastRunAt = time.GetUtcNow();
                if (!busy)
                {
                    await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: whatever is unsent stays pending for the next start.
        }
        finally
        {
            status.Running = false;
        }
    }

    /// <summary>One pass: undelivered proactive rows offered to their next channel, then claim-and-send; returns how many rows it handled.</summary>
    public async Task<int> DispatchOnceAsync(CancellationToken cancellationToken)
    {
        if (_senders.Count == 0)
        {
            return 0;
        }

        int offered;
        await using (var fallbackScope = scopes.CreateAsyncScope())
        {
            // Its own context: the fallback enqueues through the proactive outbox, which clears what a context tracks.
            var fallbackDb = fallbackScope.ServiceProvider.GetRequiredService<LatsarDb>();
            offered = await fallback.OfferNextAsync(fallbackDb, cancellationToken);

            // After the fallback, not beside it: what it just offered on is no longer held for the window to release.
            if (_senders.ContainsKey(Channels.WhatsApp.WhatsAppChannel.Name))
            {
                offered += await heldRelease.ReleaseAsync(fallbackDb, cancellationToken);
            }
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LatsarDb>();
        List<OutboxMessage> rows;
        await using (await gate.EnterAsync(db, cancellationToken))
        {
            rows = await ClaimAsync(db, cancellationToken);
        }

        var languages = await LanguagesAsync(db, rows, cancellationToken);

        // Chats are served side by side (a platform call takes milliseconds, most of it waiting), each chat's
        // rows one after another, so per-chat order holds while the overall rate can reach the channel's limit.
        var dbLock = new SemaphoreSlim(1, 1);
        var commits = new GroupCommit(dbLock, (row, outcome) => Record(db, row, outcome), async () =>
        {
            await using (await gate.EnterAsync(db, CancellationToken.None))
            {
                await db.SaveChangesAsync(CancellationToken.None);
            }
        });
        await Parallel.ForEachAsync(
            rows.GroupBy(r => (r.Channel, r.ConversationId)),
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.ChatsInFlight, CancellationToken = CancellationToken.None },
            async (chat, _) => await SendChatAsync(db, dbLock, commits, chat.ToList(), languages, cancellationToken));

        // Rows skipped above lose their lease here; outcomes are written even when the host is stopping.
        await using (await gate.EnterAsync(db, CancellationToken.None))
        {
            await db.SaveChangesAsync(CancellationToken.None);
        }

        return rows.Count + offered;
    }

    /// <summary>Sends one chat's claimed rows in order; once one must wait, the rest of the chat waits too.</summary>
    private async Task SendChatAsync(LatsarDb db, SemaphoreSlim dbLock, GroupCommit commits, List<OutboxMessage> rows, IReadOnlyDictionary<int, string> languages, CancellationToken cancellationToken)
    {
        foreach (var row in rows)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                await ReleaseAsync(dbLock, rows.SkipWhile(r => r != row));
                return;
            }

            // A send already under way is finished even during shutdown: cancelling it could leave a
            // message the platform has but our row does not know about, to be sent again after the restart.
            using var sendTimeout = new CancellationTokenSource(options.Value.SendTimeout, time);
            var outcome = await SendAsync(row, row.PersonId is { } person ? languages.GetValueOrDefault(person) : null, sendTimeout.Token);

            await commits.CommitAsync(row, outcome);
            if (row.Status == OutboxStatus.Pending)
            {
                await ReleaseAsync(dbLock, rows.SkipWhile(r => r != row).Skip(1));
                return;
            }
        }
    }

    /// <summary>The outcome on the row and its ledger entry; called under the context's lock, saved by the group commit.</summary>
    private async Task Record(LatsarDb db, OutboxMessage row, SendOutcome outcome)
    {
        Apply(db, row, outcome);
        if (DeliveryFallback.Attempt(row, outcome, time.GetUtcNow()) is { } attempt)
        {
            db.DeliveryAttempts.Add(attempt);
        }

        if (outcome is SendOutcome.Terminal { Unreachable: true })
        {
            await using (await gate.EnterAsync(db, CancellationToken.None))
            {
                await db.MarkUnreachableAsync(row.Channel, row.ConversationId, time.GetUtcNow(), CancellationToken.None);
            }
        }
    }

    /// <summary>Gives back the lease of rows not sent now; they are claimed again when their chat may go on.</summary>
    private static async Task ReleaseAsync(SemaphoreSlim dbLock, IEnumerable<OutboxMessage> rows)
    {
        await dbLock.WaitAsync(CancellationToken.None);
        try
        {
            foreach (var row in rows)
            {
                row.LeaseOwner = null;
                row.LeaseUntil = null;
            }
        }
        finally
        {
            dbLock.Release();
        }
    }

    /// <summary>The language of each proactive row's person ("id", "en"): a channel's template is picked in it.</summary>
    private static async Task<IReadOnlyDictionary<int, string>> LanguagesAsync(LatsarDb db, List<OutboxMessage> rows, CancellationToken cancellationToken)
    {
        var people = rows.Where(r => r.Kind == OutboxKind.Proactive).Select(r => r.PersonId).OfType<int>().Distinct().ToList();
        if (people.Count == 0)
        {
            return new Dictionary<int, string>();
        }

        var languages = await db.People.AsNoTracking().Where(p => people.Contains(p.Id)).Select(p => new { p.Id, p.Language }).ToListAsync(cancellationToken);
        return languages.ToDictionary(p => p.Id, p => p.Language == Core.Participants.Language.En ? "en" : "id");
    }

    private async Task<List<OutboxMessage>> ClaimAsync(LatsarDb db, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var leaseUntil = now + options.Value.Lease;
        var channels = _senders.Keys.ToList();
        var candidates = await db.Outbox
            .Where(o => o.Status == OutboxStatus.Pending && channels.Contains(o.Channel) && o.NotBefore <= now
                && (o.LeaseUntil == null || o.LeaseUntil < now)
                && !db.Outbox.Any(earlier => earlier.Channel == o.Channel && earlier.ConversationId == o.ConversationId
                    && earlier.Status == OutboxStatus.Pending && earlier.Id < o.Id
                    && (earlier.NotBefore > now || (earlier.LeaseUntil != null && earlier.LeaseUntil >= now))))
            .OrderBy(o => o.Id)
            .Select(o => o.Id)
            .Take(options.Value.BatchSize)
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return [];
        }

        // The condition is re-checked in the UPDATE: of two racing instances, one matches no rows.
        await db.Outbox
            .Where(o => candidates.Contains(o.Id) && o.Status == OutboxStatus.Pending && (o.LeaseUntil == null || o.LeaseUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.LeaseOwner, _owner).SetProperty(o => o.LeaseUntil, leaseUntil), cancellationToken);
        return await db.Outbox
            .Where(o => candidates.Contains(o.Id) && o.LeaseOwner == _owner && o.LeaseUntil == leaseUntil)
            .OrderBy(o => o.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The platform call alone: it touches no tracked entity, so chats can be sent to side by side.</summary>
    private async Task<SendOutcome> SendAsync(OutboxMessage row, string? language, CancellationToken cancellationToken)
    {
        try
        {
            var message = new OutgoingMessage(row.Id, row.ConversationId, row.Sequence, OutboxReplies.Parse(row.PayloadJson), row.Attempts + 1,
                ProactiveKinds.Of(row.Kind, row.Key), language);
            return await _senders[row.Channel].SendAsync(message, cancellationToken);
        }
        catch (Exception e)
        {
            // The token here is only the send timeout, so a cancellation is a timeout like any other.
            return new SendOutcome.Transient(e.Message);
        }
    }

    /// <summary>Records the outcome on the row; called under the context's lock.</summary>
    private void Apply(LatsarDb db, OutboxMessage row, SendOutcome outcome)
    {
        row.Attempts++;
        var now = time.GetUtcNow();
        row.LeaseOwner = null;
        row.LeaseUntil = null;
        switch (outcome)
        {
            case SendOutcome.SentOutcome sent:
                row.Status = OutboxStatus.Sent;
                row.SentAt = now;
                row.LastError = null;
                if (sent.PlatformIds is { Count: > 0 } ids)
                {
                    // Written with the row's status in one commit, so a status callback always finds its row.
                    db.OutboxPlatformIds.AddRange(ids.Distinct(StringComparer.Ordinal)
                        .Select(id => new OutboxPlatformId { Id = id, OutboxMessageId = row.Id, Last = id == ids[^1] }));
                }

                Interlocked.Increment(ref status.Sent);
                break;
            case SendOutcome.Held held:
                row.Status = OutboxStatus.Held;
                row.Outcome = held.Code;
                row.LastError = OutboxMessage.ErrorText(held.Reason);
                log.LogInformation("Outbox message {Id} to {Channel}:{Conversation} held ({Code}): {Reason}", row.Id, row.Channel, row.ConversationId, held.Code, held.Reason);
                break;
            case SendOutcome.Transient { RetryAfter: { } wait } transient:
                // A wait the platform asked for (429, our own rate limit) is not a failed try: it must not use up MaxAttempts.
                row.Attempts--;
                row.LastError = OutboxMessage.ErrorText(transient.Reason);
                row.NotBefore = now + wait;
                break;
            case SendOutcome.Transient transient when row.Attempts < options.Value.MaxAttempts:
                row.LastError = OutboxMessage.ErrorText(transient.Reason);
                row.NotBefore = now + (transient.RetryAfter ?? Backoff(row.Attempts));
                break;
            case SendOutcome.Transient transient:
                Fail(row, transient.Reason);
                break;
            case SendOutcome.Terminal terminal:
                row.Outcome = terminal.Code;
                Fail(row, terminal.Reason);
                break;
        }
    }

    private void Fail(OutboxMessage row, string reason)
    {
        row.Status = OutboxStatus.Failed;
        row.LastError = OutboxMessage.ErrorText(reason);
        Interlocked.Increment(ref status.Failed);
        log.LogWarning("Outbox message {Id} to {Channel}:{Conversation} failed: {Reason}", row.Id, row.Channel, row.ConversationId, reason);
    }

    /// <summary>Exponential backoff with jitter: 2 s, 4 s, 8 s … capped at 5 minutes.</summary>
    private static TimeSpan Backoff(int attempt)
    {
        var seconds = Math.Min(300, Math.Pow(2, attempt));
        return TimeSpan.FromSeconds(seconds * (0.8 + (Random.Shared.NextDouble() * 0.4)));
    }
}
