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

/// <param name="Purpose">
/// What kind of proactive message it is ("reminder", "announcement", "coaching", …), null for a turn's reply: a channel
/// that may write first only with an approved template (WhatsApp) picks the template by it.
/// </param>
/// <param name="Language">The recipient's language ("id", "en") when the outbox knows whom it is for.</param>
public sealed record OutgoingMessage(long Id, string ConversationId, long Sequence, Reply Reply, int Attempt, string? Purpose = null, string? Language = null);

/// <summary>What the platform said, in the dispatcher's words.</summary>
public abstract record SendOutcome
{
    public static SendOutcome Sent { get; } = new SentOutcome();

    /// <summary><see cref="PlatformIds"/>: the platform's ids of the messages that carried it (WhatsApp's wamids), in order, for its status callbacks.</summary>
    public sealed record SentOutcome(IReadOnlyList<string>? PlatformIds = null) : SendOutcome;

    /// <summary>Try again later (429, 5xx, network); <see cref="RetryAfter"/> when the platform named a wait.</summary>
    public sealed record Transient(string Reason, TimeSpan? RetryAfter = null) : SendOutcome;

    /// <summary>Will never succeed (blocked by the user, chat gone, bad request).</summary>
    /// <summary><see cref="Code"/>: a short stable name of the cause ("WhatsApp:131026") that code can match on.</summary>
    public sealed record Terminal(string Reason, bool Unreachable = false, string? Code = null) : SendOutcome;

    /// <summary>
    /// Not sent on purpose and not to be retried on this channel (outside WhatsApp's window with no template for it):
    /// the row keeps <see cref="Code"/> and the reason, for the report and for another channel to take it over.
    /// </summary>
    public sealed record Held(string Code, string Reason) : SendOutcome
    {
        /// <summary>Outside the reply window with no approved template for the message's kind (the outbox row's Outcome).</summary>
        public const string NoTemplate = "HeldNoTemplate";
    }
}
