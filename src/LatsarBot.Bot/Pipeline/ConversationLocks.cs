using LatsarBot.Bot.Activities;

namespace LatsarBot.Bot.Pipeline;

/// <summary>
/// One turn per conversation at a time, in arrival order. Each caller queues behind the previous
/// caller's release, so order is the order of <see cref="AcquireAsync"/> calls (a plain semaphore
/// promises no order). Different conversations never wait for each other.
/// </summary>
public sealed class ConversationLocks
{
    private readonly Dictionary<ConversationKey, Task> _tails = [];
    private readonly Lock _gate = new();

    public async Task<IDisposable> AcquireAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        var mine = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Task previous;
        lock (_gate)
        {
            previous = _tails.GetValueOrDefault(key) ?? Task.CompletedTask;
            _tails[key] = mine.Task;
        }

        var release = new Release(this, key, mine);
        try
        {
            await previous.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Keep the chain intact: whoever queued behind us still waits for everyone before us.
            _ = previous.ContinueWith(_ => release.Dispose(), TaskScheduler.Default);
            throw;
        }

        return release;
    }

    public int ActiveConversations
    {
        get
        {
            lock (_gate)
            {
                return _tails.Count;
            }
        }
    }

    private sealed class Release(ConversationLocks owner, ConversationKey key, TaskCompletionSource mine) : IDisposable
    {
        public void Dispose()
        {
            lock (owner._gate)
            {
                if (owner._tails.TryGetValue(key, out var tail) && tail == mine.Task)
                {
                    owner._tails.Remove(key);
                }
            }

            mine.TrySetResult();
        }
    }
}
