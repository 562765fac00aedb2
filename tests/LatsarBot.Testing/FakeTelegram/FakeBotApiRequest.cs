using System.Text.Json.Nodes;

namespace LatsarBot.Testing.FakeTelegram;

/// <summary>One call the fake received: the Bot API method and its parameters as JSON.</summary>
public sealed record FakeBotApiRequest(string Method, JsonObject Body)
{
    /// <summary>When it arrived, on <see cref="System.Diagnostics.Stopwatch"/>'s clock (for rates).</summary>
    public long Timestamp { get; } = System.Diagnostics.Stopwatch.GetTimestamp();

    public long? ChatId => Body["chat_id"] is JsonValue v && long.TryParse(v.ToString(), out var id) ? id : null;

    public string? Text => Body["text"]?.GetValue<string>();

    public bool IsSend => Method.StartsWith("send", StringComparison.Ordinal);
}
