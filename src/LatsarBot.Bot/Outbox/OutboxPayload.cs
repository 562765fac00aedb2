using System.Text.Json;
using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Storage;

namespace LatsarBot.Bot.Outbox;

/// <summary>A reply as the outbox stores it; every writer (turns, relays, reminders, broadcasts) uses the same JSON.</summary>
public static class OutboxPayload
{
    public static string Of(Reply reply) => JsonSerializer.Serialize(reply, StateJson.Options);

    public static Reply Parse(string payloadJson) =>
        JsonSerializer.Deserialize<Reply>(payloadJson, StateJson.Options) ?? new Reply("");
}
