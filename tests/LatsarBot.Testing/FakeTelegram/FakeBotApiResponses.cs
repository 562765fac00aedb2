using System.Text.Json.Nodes;

namespace LatsarBot.Testing.FakeTelegram;

/// <summary>Bot API response shapes: {"ok":true,"result":…} and {"ok":false,"error_code":…,"description":…}.</summary>
public static class FakeBotApiResponses
{
    public static JsonObject Ok(JsonNode? result) => new() { ["ok"] = true, ["result"] = result };

    public static JsonObject Error(int code, string description, int? retryAfter = null)
    {
        var error = new JsonObject { ["ok"] = false, ["error_code"] = code, ["description"] = description };
        if (retryAfter is { } seconds)
        {
            error["parameters"] = new JsonObject { ["retry_after"] = seconds };
        }

        return error;
    }

    public static JsonObject Message(long messageId, long chatId, string? text, long date) => new()
    {
        ["message_id"] = messageId,
        ["date"] = date,
        ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = chatId < 0 ? "supergroup" : "private", ["title"] = chatId < 0 ? "Group" : null },
        ["text"] = text,
    };

    public static JsonObject Poll(string pollId, JsonObject body)
    {
        var options = new JsonArray();
        foreach (var option in body["options"]?.AsArray() ?? [])
        {
            var text = option is JsonObject o ? o["text"]?.ToString() : option?.ToString();
            options.Add(new JsonObject { ["text"] = text, ["voter_count"] = 0 });
        }

        return new JsonObject
        {
            ["id"] = pollId,
            ["question"] = body["question"]?.ToString(),
            ["options"] = options,
            ["total_voter_count"] = 0,
            ["is_closed"] = false,
            ["is_anonymous"] = body["is_anonymous"]?.GetValue<bool>() ?? true,
            ["type"] = body["type"]?.ToString() ?? "regular",
            ["allows_multiple_answers"] = false,
        };
    }
}
