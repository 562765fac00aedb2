namespace LatsarBot.Bot.Outbox;

/// <summary>Wakes the dispatchers when a commit put new rows in the outbox, so replies leave at once rather than at the next poll.</summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _pending = new(0, 1);

    public void Notify()
    {
        try
        {
            _pending.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: one wake-up covers any number of commits.
        }
    }

    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        await _pending.WaitAsync(timeout, cancellationToken);
}
