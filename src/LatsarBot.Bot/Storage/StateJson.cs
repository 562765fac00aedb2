using System.Text.Json;
using System.Text.Json.Serialization;

namespace LatsarBot.Bot.Storage;

/// <summary>One set of JSON options for everything persisted as JSON (conversation state, outbox payloads).</summary>
public static class StateJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
