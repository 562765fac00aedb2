namespace LatsarBot.Data.Conversations;

/// <summary>The ledger of handled activities. Its unique key (channel, activity id) is what makes a retry harmless.</summary>
public class InboundActivity
{
    public long Id { get; set; }

    public required string Channel { get; set; }

    public required string ActivityId { get; set; }

    public required string ConversationId { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }
}
