using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace LatsarBot.Testing.FakeTelegram;

/// <summary>Bot API parameters arrive as JSON, a form or a query string; all become one JSON object.</summary>
public static class FakeBotApiBody
{
    public static async Task<JsonObject> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var body = new JsonObject();
        if (request.HasJsonContentType())
        {
            var node = await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken);
            body = node as JsonObject ?? body;
        }
        else if (request.HasFormContentType)
        {
            foreach (var (key, value) in await request.ReadFormAsync(cancellationToken))
            {
                body[key] = Parse(value.ToString());
            }
        }

        foreach (var (key, value) in request.Query)
        {
            body[key] ??= Parse(value.ToString());
        }

        return body;
    }

    private static JsonNode? Parse(string value)
    {
        try
        {
            return JsonNode.Parse(value);
        }
        catch (JsonException)
        {
            return JsonValue.Create(value);
        }
    }
}
