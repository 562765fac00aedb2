using System.Text.Json;
using System.Text.Json.Serialization;

namespace LatsarBot.Bench;

/// <summary>The web chat's POST body, as the chat page sends it: a typed message or a pressed button.</summary>
public sealed record ChatBody(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("from")] string From,
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("value")] string? Value)
{
    private static readonly JsonSerializerOptions Options = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>Request <c>n</c> of user <c>u</c>: its conversation, and a body whose id is new in that conversation.</summary>
    public static (string ConversationId, byte[] Json) For(string run, int user, long n)
    {
        var step = TurnScript.For(n);
        var conversation = $"{run}-u{user}-r{TurnScript.RoundOf(n)}";
        var body = new ChatBody($"a{n}", $"{run}-u{user}", step.Text, step.Value);
        return (conversation, JsonSerializer.SerializeToUtf8Bytes(body, Options));
    }
}
