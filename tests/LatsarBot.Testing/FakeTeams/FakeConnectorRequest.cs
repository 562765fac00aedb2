using System.Text.Json.Nodes;

namespace LatsarBot.Testing.FakeTeams;

/// <summary>One call the bot made to the fake connector: what, for which conversation, the body, and the answer.</summary>
public sealed record FakeConnectorRequest(string Method, string Path, string? ConversationId, string? ReplyToId, JsonObject Body, int Status)
{
    public bool Accepted => Status is >= 200 and < 300;

    public bool IsActivity => Method == "POST" && Path.EndsWith("/activities", StringComparison.Ordinal) || ReplyToId is not null;

    public string? Text => Body["text"]?.ToString();

    /// <summary>The first Adaptive Card's JSON, when the activity carries one.</summary>
    public JsonObject? Card => Body["attachments"]?.AsArray().FirstOrDefault(a => a?["contentType"]?.ToString() == "application/vnd.microsoft.card.adaptive")?["content"] as JsonObject;
}
