namespace LatsarBot.Data.Outbox;

/// <summary>
/// One try of a proactive message on one channel, with what came of it: the delivery ledger. A message that a channel
/// could not deliver is tried on the person's next channel, so one message can have several rows here, all under the
/// key it was first enqueued with.
/// </summary>
public class DeliveryAttempt
{
    public long Id { get; set; }

    /// <summary>The message's key as first enqueued (a fallback row's key without its channel suffix).</summary>
    public required string MessageKey { get; set; }

    public long OutboxId { get; set; }

    public int? PersonId { get; set; }

    public string? Batch { get; set; }

    public required string Channel { get; set; }

    /// <summary><see cref="DeliveryOutcomes"/>: sent, retry, failed, blocked, or the name of the row's final status.</summary>
    public required string Outcome { get; set; }

    public string? Reason { get; set; }

    public DateTimeOffset At { get; set; }
}

/// <summary>The ledger's words for what an attempt came to.</summary>
public static class DeliveryOutcomes
{
    public const string Sent = "sent";
    public const string Retry = "retry";
    public const string Failed = "failed";

    /// <summary>Failed because the person blocked the bot or the account is gone (the identity is marked unreachable).</summary>
    public const string Blocked = "blocked";
}
