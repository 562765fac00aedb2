using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Messages;
using LatsarBot.Bot.Outbox;
using LatsarBot.Bot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LatsarBot.Bot.Pipeline;

/// <summary>
/// Runs one activity: takes the conversation's lock, opens the turn's transaction, runs the middleware
/// chain and the handler in a fresh DI scope, and commits state, domain writes and replies together.
/// A concurrency conflict runs the turn again; a failing handler is answered with an apology, never
/// thrown into the host.
/// </summary>
public sealed class TurnPipeline
{
    public const int MaxAttempts = 5;
    public const string ErrorMessageKey = "error.generic";

    private readonly IServiceScopeFactory _scopes;
    private readonly ConversationLocks _locks;
    private readonly MessageCatalog _messages;
    private readonly TimeProvider _time;
    private readonly OutboxSignal _outbox;
    private readonly ILogger<TurnPipeline> _log;

    public TurnPipeline(IServiceScopeFactory scopes, ConversationLocks locks, MessageCatalog messages, TimeProvider time, OutboxSignal outbox, ILogger<TurnPipeline> log)
    {
        _scopes = scopes;
        _locks = locks;
        _messages = messages;
        _time = time;
        _outbox = outbox;
        _log = log;
    }

    public async Task<TurnOutcome> ProcessAsync(Activity activity, CancellationToken cancellationToken)
    {
        using var held = await _locks.AcquireAsync(activity.Key, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RunOnceAsync(activity, cancellationToken);
            }
            catch (TurnConflictException e) when (attempt < MaxAttempts)
            {
                _log.LogInformation(e, "Turn {Key}/{Id} conflicted (attempt {Attempt}); running it again", activity.Key, activity.Id, attempt);
            }
            catch (Exception e) when (e is not OperationCanceledException and not TurnConflictException)
            {
                _log.LogError(e, "Turn {Key}/{Id} failed; answering with an apology", activity.Key, activity.Id);
                return await ApologizeAsync(activity, cancellationToken);
            }
        }
    }

    private async Task<TurnOutcome> RunOnceAsync(Activity activity, CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await using var transaction = await services.GetRequiredService<ITurnStore>().BeginAsync(activity, cancellationToken);
        if (transaction.Replayed is { } replayed)
        {
            return new TurnOutcome(replayed, Replayed: true);
        }

        var turn = new Turn(activity, transaction.State, _messages, _time.GetUtcNow()) { SenderBound = transaction.SenderBound };
        var chain = services.GetServices<ITurnMiddleware>().ToList();
        var handler = services.GetRequiredService<ITurnHandler>();
        await InvokeAsync(0);

        var stored = await transaction.CommitAsync(turn.State, turn.Replies, cancellationToken);
        NotifyOutbox(transaction);
        return new TurnOutcome(stored, Replayed: false);

        Task InvokeAsync(int index) => index < chain.Count
            ? chain[index].InvokeAsync(turn, _ => InvokeAsync(index + 1), cancellationToken)
            : handler.HandleAsync(turn, cancellationToken);
    }

    /// <summary>
    /// The handler threw: nothing it wrote is kept. Record the activity (so a platform retry does not
    /// hit the same failure) with an apology, and clear the dialog stack so the person can start over.
    /// </summary>
    private async Task<TurnOutcome> ApologizeAsync(Activity activity, CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        await using var transaction = await scope.ServiceProvider.GetRequiredService<ITurnStore>().BeginAsync(activity, cancellationToken);
        if (transaction.Replayed is { } replayed)
        {
            return new TurnOutcome(replayed, Replayed: true);
        }

        var state = transaction.State;
        state.Stack.Clear();
        var apology = new Reply(_messages.Text(state.Language, ErrorMessageKey));
        var stored = await transaction.CommitAsync(state, [apology], cancellationToken);
        NotifyOutbox(transaction);
        return new TurnOutcome(stored, Replayed: false);
    }

    /// <summary>
    /// Wakes the dispatcher only for rows it has to send: each wake-up runs a claim query under SQLite's
    /// write gate, and web chat turns, which leave none, then queued their commits behind it for nothing.
    /// </summary>
    private void NotifyOutbox(ITurnTransaction transaction)
    {
        if (transaction.LeftPendingMessages)
        {
            _outbox.Notify();
        }
    }
}
