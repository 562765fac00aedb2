namespace LatsarBot.Core.Announcements;

/// <summary>
/// Where every recipient of an announcement stands. <see cref="Sent"/> + <see cref="Failed"/> + <see cref="Unreachable"/>
/// + <see cref="Pending"/> + <see cref="Cancelled"/> + <see cref="Held"/> = <see cref="Recipients"/>; <see cref="Queued"/> is everyone who got
/// an outbox row (all but those unreachable when it was enqueued).
/// </summary>
public sealed record DeliveryReport(
    int Recipients,
    int Queued,
    int Sent,
    int Pending,
    int Unreachable,
    int Cancelled,
    IReadOnlyList<FailureGroup> Failures)
{
    public int Failed => Failures.Sum(f => f.Count);

    /// <summary>Of <see cref="Sent"/>, those the platform says reached the phone (WhatsApp's "delivered" or "read").</summary>
    public int Delivered { get; init; }

    /// <summary>Of <see cref="Delivered"/>, those the platform says were opened.</summary>
    public int Read { get; init; }

    /// <summary>Not sent on purpose (outside WhatsApp's window without a template), grouped by reason.</summary>
    public IReadOnlyList<FailureGroup> HeldReasons { get; init; } = [];

    public int Held => HeldReasons.Sum(h => h.Count);

    /// <summary>Which channel the sent ones got it on (a person reached after another channel failed counts on the one that reached them).</summary>
    public IReadOnlyList<ChannelCount> SentByChannel { get; init; } = [];

    public bool Done => Pending == 0;
}

/// <summary>Failed messages with the same reason.</summary>
public sealed record FailureGroup(string Reason, int Count);

/// <summary>How many recipients one channel reached.</summary>
public sealed record ChannelCount(string Channel, int Count);
