using System.Text.Json.Nodes;

namespace LatsarBot.Testing.FakeWhatsApp;

/// <summary>
/// What the Cloud API refuses with 131009 / 100 before sending: a message shape outside Meta's documented limits
/// (text 4,096; interactive body 1,024; 1–3 reply buttons, titles ≤ 20 and unique, ids ≤ 256; a list's button ≤ 20,
/// 10 rows in all, titles ≤ 24, descriptions ≤ 72, ids ≤ 200). Null when the message is well formed.
/// </summary>
public static class FakeGraphValidation
{
    public static string? Problem(JsonObject body)
    {
        if (body["messaging_product"]?.ToString() != "whatsapp")
        {
            return "messaging_product must be whatsapp";
        }

        if (string.IsNullOrEmpty(body["to"]?.ToString()))
        {
            return "to is required";
        }

        return body["type"]?.ToString() switch
        {
            "text" => Length(body["text"]?["body"], 1, 4096, "text.body"),
            "interactive" => Interactive(body["interactive"] as JsonObject),
            "image" or "video" or "audio" or "document" => body[body["type"]!.ToString()]?["link"] is null && body[body["type"]!.ToString()]?["id"] is null ? "media needs link or id" : null,
            "template" => null,
            var type => $"unsupported type {type}",
        };
    }

    private static string? Interactive(JsonObject? interactive)
    {
        if (interactive is null)
        {
            return "interactive is required";
        }

        var body = Length(interactive["body"]?["text"], 1, 1024, "interactive.body.text");
        return body ?? (interactive["type"]?.ToString() switch
        {
            "button" => Buttons(interactive["action"]?["buttons"] as JsonArray),
            "list" => List(interactive["action"] as JsonObject),
            var type => $"unsupported interactive type {type}",
        });
    }

    private static string? Buttons(JsonArray? buttons)
    {
        if (buttons is not { Count: >= 1 and <= 3 })
        {
            return "1 to 3 buttons";
        }

        var titles = buttons.Select(b => b?["reply"]?["title"]?.ToString()).ToList();
        if (titles.Distinct().Count() != titles.Count)
        {
            return "button titles must be unique";
        }

        return buttons.Select(b => Length(b?["reply"]?["title"], 1, 20, "button title") ?? Length(b?["reply"]?["id"], 1, 256, "button id"))
            .FirstOrDefault(p => p is not null);
    }

    private static string? List(JsonObject? action)
    {
        var rows = (action?["sections"] as JsonArray ?? []).SelectMany(s => s?["rows"] as JsonArray ?? []).ToList();
        if (rows.Count is < 1 or > 10)
        {
            return "1 to 10 rows";
        }

        return Length(action?["button"], 1, 20, "list button")
            ?? rows.Select(r => Length(r?["title"], 1, 24, "row title") ?? Length(r?["id"], 1, 200, "row id")
                ?? (r?["description"] is { } d ? Length(d, 0, 72, "row description") : null))
                .FirstOrDefault(p => p is not null);
    }

    private static string? Length(JsonNode? node, int min, int max, string what)
    {
        var length = node?.ToString().Length ?? 0;
        return length >= min && length <= max ? null : $"{what} must be {min}–{max} characters (was {length})";
    }
}
