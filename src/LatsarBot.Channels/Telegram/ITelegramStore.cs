namespace LatsarBot.Channels.Telegram;

/// <summary>
/// What the adapter must remember across restarts, kept by the host (the adapter has no database):
/// the getUpdates offset, values that were too long for callback_data, poll options, removed (and returned) chats.
/// </summary>
public interface ITelegramStore
{
    /// <summary>The offset of the next getUpdates call; 0 before the first update.</summary>
    Task<int> ReadOffsetAsync(CancellationToken cancellationToken);

    Task SaveOffsetAsync(int offset, CancellationToken cancellationToken);

    Task RememberAsync(IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken);

    Task<string?> RecallAsync(string key, CancellationToken cancellationToken);

    /// <summary>The person blocked the bot or removed it: no more proactive messages to this chat.</summary>
    Task MarkUnreachableAsync(string chatId, string reason, CancellationToken cancellationToken);

    /// <summary>The person wrote again: the chat takes proactive messages once more.</summary>
    Task MarkReachableAsync(string chatId, CancellationToken cancellationToken);
}
