using System.Text.Json.Nodes;

namespace LatsarBot.Testing.FakeTelegram;

/// <summary>One call the fake received: the Bot API method and its parameters as JSON.</summary>
public sealed record FakeBotApiRequest(string Method, JsonObject Body)
{
    public long? ChatId => Body["chat_id"] is JsonValue v && long.TryParse(v.ToString(), out var id) ? id : null;

    public string? Text => Body["text"]?.GetValue<string>();

    public bool IsSend => Method.StartsWith("send", StringComparison.Ordinal);
}
