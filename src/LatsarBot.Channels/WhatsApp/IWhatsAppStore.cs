namespace LatsarBot.Channels.WhatsApp;

/// <summary>
/// What the adapter must remember across restarts, kept by the host (the adapter has no database): values too long
/// for a button or row id, a sender's business-scoped user id (BSUID) beside their wa_id, and chats that came back.
/// </summary>
public interface IWhatsAppStore
{
    Task RememberAsync(IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken);

    Task<string?> RecallAsync(string key, CancellationToken cancellationToken);

    /// <summary>The person wrote: the chat takes proactive messages again, whatever a failed send marked before.</summary>
    Task MarkReachableAsync(string conversationId, CancellationToken cancellationToken);
}
