namespace LatsarBot.Channels.WhatsApp;

/// <summary>
/// What the adapter must remember across restarts, kept by the host (the adapter has no database): values too long
/// for a button or row id, a sender's business-scoped user id (BSUID) beside their wa_id, chats that came back, when each
/// contact last wrote (the 24-hour window), and what the status callbacks say of the messages sent.
/// </summary>
public interface IWhatsAppStore
{
    Task RememberAsync(IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken);

    Task<string?> RecallAsync(string key, CancellationToken cancellationToken);

    Task ForgetAsync(string key, CancellationToken cancellationToken);

    /// <summary>The person wrote: the chat takes proactive messages again, whatever a failed send marked before.</summary>
    Task MarkReachableAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>These contacts wrote at <paramref name="at"/>: their 24-hour customer-service window is open from then.</summary>
    Task RecordInboundAsync(IReadOnlyCollection<string> conversationIds, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>When the contact last wrote, null when never.</summary>
    Task<DateTimeOffset?> LastInboundAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Reconciles status callbacks into the outbox rows whose messages they are about; returns how many matched one.</summary>
    Task<int> ApplyStatusesAsync(IReadOnlyList<WaStatus> statuses, CancellationToken cancellationToken);
}
