using System.Text.Json.Nodes;

namespace LatsarBot.Testing.FakeTelegram;

/// <summary>One call the fake received: the Bot API method and its parameters as JSON.</summary>
public sealed record FakeBotApiRequest(string Method, JsonObject Body)
{
    /// <summary>When it arrived, on <see cref="System.Diagnostics.Stopwatch"/>'s clock (for rates).</summary>
    public long Timestamp { get; } = System.Diagnostics.Stopwatch.GetTimestamp();

    public long? ChatId => Body["chat_id"] is JsonValue v && long.TryParse(v.ToString(), out var id) ? id : null;

    public string? Text => Body["text"]?.GetValue<string>();

    /// <summary>The message_id the fake gave the sent message, to reply to it in a later update.</summary>
    public long? MessageId { get; init; }

    /// <summary>The forum topic the message was sent to (message_thread_id), if any.</summary>
    public int? TopicId => Body["message_thread_id"] is JsonValue v && int.TryParse(v.ToString(), out var id) ? id : null;

    public bool IsSend => Method.StartsWith("send", StringComparison.Ordinal);
}
