namespace LatsarBot.Data.Outbox;

/// <summary>
/// A message on its way to a person: a turn's reply or a proactive message. Written in the same
/// transaction as what caused it; the channel's dispatcher sends it and records the outcome.
/// </summary>
public class OutboxMessage
{
    public long Id { get; set; }

    public required string Channel { get; set; }

    public required string ConversationId { get; set; }

    /// <summary>Place in the conversation, from <see cref="Conversations.ConversationRecord.NextSequence"/>.</summary>
    public long Sequence { get; set; }

    public OutboxKind Kind { get; set; }

    /// <summary>The Reply as JSON.</summary>
    public required string PayloadJson { get; set; }

    public OutboxStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Not to be sent before this instant (a retry's backoff, or quiet hours).</summary>
    public DateTimeOffset NotBefore { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public string? LastError { get; set; }

    /// <summary>The column's length (<c>OutboxMessageConfiguration</c>); a platform's error text can be longer.</summary>
    public const int LastErrorLength = 1000;

    /// <summary>A reason cut to fit <see cref="LastError"/>.</summary>
    public static string ErrorText(string reason) => reason.Length <= LastErrorLength ? reason : reason[..LastErrorLength];

    /// <summary>The activity whose turn wrote this reply; null for proactive messages.</summary>
    public long? InboundId { get; set; }

    public Conversations.InboundActivity? Inbound { get; set; }

    /// <summary>Which dispatcher has claimed the row, until when: a crashed claimant's rows are picked up after the lease.</summary>
    public string? LeaseOwner { get; set; }

    public DateTimeOffset? LeaseUntil { get; set; }

    /// <summary>Whom a proactive message is for, so a broadcast's delivery report can name people; null for turn replies.</summary>
    public int? PersonId { get; set; }

    /// <summary>
    /// Exactly-once key of a proactive message ("reminder:…:person", "announcement:…:person"), unique: a job fired twice,
    /// or by two nodes, cannot enqueue the same message twice.
    /// </summary>
    public string? Key { get; set; }

    /// <summary>The run or broadcast the message belongs to ("announcement:12"), for delivery reports and cancelling.</summary>
    public string? Batch { get; set; }

    /// <summary>
    /// Why a row that did not go out was left that way, as a stable name code can match on: <see cref="OutboxOutcomes.HeldNoTemplate"/>
    /// for <see cref="OutboxStatus.Held"/>, a platform's error ("WhatsApp:131026") for a terminal failure. The human
    /// reason is <see cref="LastError"/>.
    /// </summary>
    public string? Outcome { get; set; }

    // The platform's delivery facts (its message ids, delivered, read) are in OutboxPlatformId, written only when a
    // platform answers: every turn inserts a reply row, and each column here is a parameter of that INSERT.

    /// <summary>
    /// When a proactive message that ended undelivered (failed, or held by its channel) was offered to the person's next
    /// channel; null until then, which is how the fallback finds the rows still to offer.
    /// </summary>
    public DateTimeOffset? FallbackAt { get; set; }

    /// <summary>The channel the message went on to after this row, or null when no other channel reaches the person.</summary>
    public string? FallbackChannel { get; set; }

    /// <summary>A turn's reply, next in its conversation; a channel whose client reads the outbox itself has it delivered at once.</summary>
    public static OutboxMessage Reply(string channel, string conversationId, long sequence, string payloadJson, Conversations.InboundActivity inbound, bool deliveredByFeed, DateTimeOffset now) => new()
    {
        Channel = channel,
        ConversationId = conversationId,
        Sequence = sequence,
        Kind = OutboxKind.Reply,
        PayloadJson = payloadJson,
        Status = deliveredByFeed ? OutboxStatus.Sent : OutboxStatus.Pending,
        SentAt = deliveredByFeed ? now : null,
        CreatedAt = now,
        NotBefore = now,
        Inbound = inbound,
    };

    /// <summary>A proactive message to one person, pending from <paramref name="now"/>.</summary>
    public static OutboxMessage Proactive(string channel, string conversationId, long sequence, string payloadJson, int personId, string? key, string? batch, DateTimeOffset now) => new()
    {
        Channel = channel,
        ConversationId = conversationId,
        Sequence = sequence,
        Kind = OutboxKind.Proactive,
        Status = OutboxStatus.Pending,
        PayloadJson = payloadJson,
        CreatedAt = now,
        NotBefore = now,
        PersonId = personId,
        Key = key,
        Batch = batch,
    };
}

public enum OutboxKind
{
    Reply = 0,
    Proactive = 1,
}

public enum OutboxStatus
{
    Pending = 0,
    Sent = 1,
    Failed = 2,

    /// <summary>Withdrawn before it was sent (a cancelled announcement); never sent.</summary>
    Cancelled = 3,

    /// <summary>
    /// Not sent on purpose, and not retried on its channel (outside WhatsApp's 24-hour window with no template for its
    /// kind): <see cref="OutboxMessage.Outcome"/> says why, so another channel can take it over.
    /// </summary>
    Held = 4,
}
