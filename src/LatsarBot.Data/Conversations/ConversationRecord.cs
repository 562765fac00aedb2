namespace LatsarBot.Data.Conversations;

/// <summary>The persisted state of one conversation (the bot's memory between turns), with an app-managed ETag.</summary>
public class ConversationRecord
{
    public long Id { get; set; }

    public required string Channel { get; set; }

    public required string ConversationId { get; set; }

    /// <summary>The last user seen in the conversation (for channels where a conversation has one person).</summary>
    public string? UserId { get; set; }

    public required string StateJson { get; set; }

    /// <summary>Concurrency token: bumped on every write, so two writers of one conversation cannot both win.</summary>
    public uint Version { get; set; }

    /// <summary>The sequence number the next outgoing message of this conversation gets.</summary>
    public long NextSequence { get; set; } = 1;

    public DateTimeOffset UpdatedAt { get; set; }
}
