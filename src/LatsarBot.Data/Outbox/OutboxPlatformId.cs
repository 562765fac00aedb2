namespace LatsarBot.Data.Outbox;

/// <summary>
/// One platform message id (a WhatsApp wamid) of an outbox row: a reply sent as several messages has one each, and a
/// status callback for any of them finds its row here.
/// </summary>
public class OutboxPlatformId
{
    public required string Id { get; set; }

    public long OutboxMessageId { get; set; }
}
