using System.Text.Json.Nodes;

namespace LatsarBot.Testing.FakeWhatsApp;

/// <summary>One POST /{phone-number-id}/messages the fake received, and what it answered.</summary>
public sealed record FakeGraphRequest(JsonObject Body, int Status, int? ErrorCode, string? Wamid)
{
    public string? To => Body["to"]?.ToString();

    public string? Type => Body["type"]?.ToString();

    public bool Accepted => Status == 200;

    /// <summary>What a person reads: a text's body, a media caption, or an interactive message's body.</summary>
    public string? Text => Type switch
    {
        "text" => Body["text"]?["body"]?.ToString(),
        "interactive" => Body["interactive"]?["body"]?["text"]?.ToString(),
        _ => Body[Type ?? ""]?["caption"]?.ToString(),
    };

    /// <summary>"button" or "list" for an interactive message, else null.</summary>
    public string? InteractiveType => Body["interactive"]?["type"]?.ToString();

    /// <summary>The reply buttons or the list rows: (title, id, description).</summary>
    public IReadOnlyList<(string Title, string Id, string? Description)> Choices =>
        InteractiveType switch
        {
            "button" => (Body["interactive"]!["action"]?["buttons"] as JsonArray ?? [])
                .Select(b => (b?["reply"]?["title"]?.ToString() ?? "", b?["reply"]?["id"]?.ToString() ?? "", (string?)null)).ToList(),
            "list" => (Body["interactive"]!["action"]?["sections"] as JsonArray ?? [])
                .SelectMany(s => s?["rows"] as JsonArray ?? [])
                .Select(r => (r?["title"]?.ToString() ?? "", r?["id"]?.ToString() ?? "", r?["description"]?.ToString())).ToList(),
            _ => [],
        };
}
