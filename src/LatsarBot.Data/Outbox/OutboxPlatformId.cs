namespace LatsarBot.Data.Outbox;

/// <summary>
/// One platform message id (a WhatsApp wamid) of an outbox row, with what the platform said of it: a reply sent as
/// several messages has one each, and a status callback for any of them finds its row here. Delivered and read count
/// for the <see cref="Last"/> one, which carries the text. Kept apart from the outbox row so a turn's reply INSERT
/// stays narrow; written only when a platform accepted the message.
/// </summary>
public class OutboxPlatformId
{
    public required string Id { get; set; }

    public long OutboxMessageId { get; set; }

    /// <summary>The last message that carried the row (the one its delivery report goes by).</summary>
    public bool Last { get; set; }

    /// <summary>When the platform said the person's phone has it (a WhatsApp "delivered" status).</summary>
    public DateTimeOffset? DeliveredAt { get; set; }

    /// <summary>When the platform said the person opened it (a WhatsApp "read" status).</summary>
    public DateTimeOffset? ReadAt { get; set; }
}
