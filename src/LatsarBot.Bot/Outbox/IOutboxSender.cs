using LatsarBot.Bot.Activities;

namespace LatsarBot.Bot.Outbox;

/// <summary>The one seam to a platform for outgoing messages; one per channel.</summary>
public interface IOutboxSender
{
    string Channel { get; }

    /// <summary>True for a channel whose client reads the outbox itself (web chat): a reply is delivered when it is committed.</summary>
    bool DeliveredOnCommit => false;

    Task<SendOutcome> SendAsync(OutgoingMessage message, CancellationToken cancellationToken);
}

public sealed record OutgoingMessage(long Id, string ConversationId, long Sequence, Reply Reply, int Attempt);

/// <summary>What the platform said, in the dispatcher's words.</summary>
public abstract record SendOutcome
{
    public static SendOutcome Sent { get; } = new SentOutcome();

    public sealed record SentOutcome : SendOutcome;

    /// <summary>Try again later (429, 5xx, network); <see cref="RetryAfter"/> when the platform named a wait.</summary>
    public sealed record Transient(string Reason, TimeSpan? RetryAfter = null) : SendOutcome;

    /// <summary>Will never succeed (blocked by the user, chat gone, bad request).</summary>
    public sealed record Terminal(string Reason, bool Unreachable = false) : SendOutcome;
}
