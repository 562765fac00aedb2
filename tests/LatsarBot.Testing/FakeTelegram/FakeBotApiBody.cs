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
            var form = await request.ReadFormAsync(cancellationToken);
            foreach (var (key, value) in form)
            {
                body[key] = Parse(value.ToString());
            }

            // An uploaded file (sendDocument with a stream) is kept whole, so a test can read what the person got.
            foreach (var file in form.Files)
            {
                using var bytes = new MemoryStream();
                await file.CopyToAsync(bytes, cancellationToken);
                body[file.Name] = new JsonObject { ["file_name"] = file.FileName, ["size"] = bytes.Length, ["content_base64"] = Convert.ToBase64String(bytes.ToArray()) };
            }

            // "document": "attach://0" names the part that holds the file, as the Bot API reads it.
            foreach (var (key, value) in body.ToList())
            {
                if (value is JsonValue v && v.TryGetValue<string>(out var text) && text.StartsWith("attach://", StringComparison.Ordinal)
                    && body[text["attach://".Length..]] is JsonObject part)
                {
                    body[key] = part.DeepClone();
                }
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
