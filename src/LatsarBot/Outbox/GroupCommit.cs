using LatsarBot.Bot.Outbox;
using LatsarBot.Data.Outbox;

namespace LatsarBot.Outbox;

/// <summary>
/// The outcomes of the chats in flight, written in as few commits as they allow: a sender that finds the context busy
/// leaves its outcome queued, and whoever commits next writes every queued one in the same commit. No outcome waits
/// longer than one commit, so the rows a crash could send twice are no more than those already waiting for the
/// context; under load the commits stop being the dispatcher's limit (one per row would be).
/// </summary>
/// <param name="dbLock">The lock of the shared context.</param>
/// <param name="record">Puts one outcome on its row (under the lock).</param>
/// <param name="save">Saves the context (under the lock).</param>
public sealed class GroupCommit(SemaphoreSlim dbLock, Func<OutboxMessage, SendOutcome, Task> record, Func<Task> save)
{
    private readonly object _gate = new();
    private List<Waiting> _queued = [];

    /// <summary>Returns once the outcome is committed, by this call or by one that took it along.</summary>
    public async Task CommitAsync(OutboxMessage row, SendOutcome outcome)
    {
        var mine = new Waiting(row, outcome, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        lock (_gate)
        {
            _queued.Add(mine);
        }

        await dbLock.WaitAsync(CancellationToken.None);
        try
        {
            if (!mine.Done.Task.IsCompleted)
            {
                List<Waiting> batch;
                lock (_gate)
                {
                    (batch, _queued) = (_queued, []);
                }

                try
                {
                    foreach (var waiting in batch)
                    {
                        await record(waiting.Row, waiting.Outcome);
                    }

                    await save();
                    batch.ForEach(w => w.Done.TrySetResult());
                }
                catch (Exception e)
                {
                    batch.ForEach(w => w.Done.TrySetException(e));
                }
            }
        }
        finally
        {
            dbLock.Release();
        }

        await mine.Done.Task;
    }

    private sealed record Waiting(OutboxMessage Row, SendOutcome Outcome, TaskCompletionSource Done);
}
