using LatsarBot.Bot.Activities;

namespace LatsarBot.Bot.Storage;

/// <summary>
/// Opens the one database transaction of a turn: records the inbound activity in the ledger, loads the
/// conversation state, and at commit writes state and replies (as outbox rows) together. The host
/// implements it over the DbContext that dialogs use in the same scope, so their domain writes join it.
/// </summary>
public interface ITurnStore
{
    Task<ITurnTransaction> BeginAsync(Activity activity, CancellationToken cancellationToken);
}

public interface ITurnTransaction : IAsyncDisposable
{
    /// <summary>Non-null when the activity id was seen before: the replies of that first turn.</summary>
    IReadOnlyList<StoredReply>? Replayed { get; }

    ConversationState State { get; }

    /// <summary>
    /// Whether the sender has a channel binding, when the store learnt it in the turn's first read; null when it
    /// did not ask. False lets the identity middleware skip its look-up: most turns of a stranger are onboarding.
    /// </summary>
    bool? SenderBound { get; }

    /// <summary>
    /// After a commit: whether it left outbox rows for a dispatcher to send. A channel whose client reads
    /// the outbox itself (web chat) gets none, so its turns need not wake the dispatcher.
    /// </summary>
    bool LeftPendingMessages { get; }

    /// <summary>Commits; throws <see cref="TurnConflictException"/> when another turn changed the conversation meanwhile.</summary>
    Task<IReadOnlyList<StoredReply>> CommitAsync(ConversationState state, IReadOnlyList<Reply> replies, CancellationToken cancellationToken);
}

/// <summary>A reply as stored in the outbox, with its place in the conversation.</summary>
public sealed record StoredReply(long Sequence, Reply Reply);

/// <summary>The conversation changed under the turn (another instance, or a proactive message); the turn is run again.</summary>
public sealed class TurnConflictException(string message, Exception? inner = null) : Exception(message, inner);
