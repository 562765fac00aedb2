using System.Text.Json.Nodes;

namespace LatsarBot.Testing.FakeTeams;

/// <summary>Activities as the Bot Connector sends them from Teams (shapes from the Bot Framework schema and Teams' docs).</summary>
public static class FakeTeamsActivities
{
    /// <summary>A personal chat's conversation id for a person, as Teams makes one.</summary>
    public static string PersonalChat(string aadObjectId) => "a:personal-" + aadObjectId;

    public static string UserId(string aadObjectId) => "29:user-" + aadObjectId;

    public static JsonObject Message(string serviceUrl, string activityId, string aadObjectId, string? text, string conversationType = "personal",
        string? conversationId = null) =>
        Base(serviceUrl, "message", activityId, aadObjectId, conversationType, conversationId) is var a && text is not null
            ? With(a, "text", text)
            : a;

    /// <summary>A message with an @mention of the bot in front, as in a group chat or channel.</summary>
    public static JsonObject MentionMessage(string serviceUrl, string activityId, string aadObjectId, string text, string conversationType = "personal",
        string? conversationId = null)
    {
        var activity = Message(serviceUrl, activityId, aadObjectId, $"<at>LatsarBot</at> {text}", conversationType, conversationId);
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>LatsarBot</at>",
            ["mentioned"] = new JsonObject { ["id"] = FakeTeamsServer.BotId, ["name"] = "LatsarBot" },
        });
        return activity;
    }

    /// <summary>An Adaptive Card's Action.Submit: a message with no text and the action's data as value.</summary>
    public static JsonObject Submit(string serviceUrl, string activityId, string aadObjectId, string choice) =>
        With(Message(serviceUrl, activityId, aadObjectId, null), "value", new JsonObject { ["choice"] = choice });

    /// <summary>Action.Execute: an invoke named adaptiveCard/action carrying the action and its data.</summary>
    public static JsonObject Invoke(string serviceUrl, string activityId, string aadObjectId, string choice) =>
        With(With(Base(serviceUrl, "invoke", activityId, aadObjectId, "personal", null), "name", "adaptiveCard/action"), "value", new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "choose", ["data"] = new JsonObject { ["choice"] = choice } },
            ["trigger"] = "manual",
        });

    /// <summary>A file sent in a personal chat: Teams' download-info attachment with its pre-authorised URL (and the HTML copy Teams adds).</summary>
    public static JsonObject File(string serviceUrl, string activityId, string aadObjectId, string downloadUrl, string name, string fileType) =>
        With(Message(serviceUrl, activityId, aadObjectId, null), "attachments", new JsonArray(
            new JsonObject
            {
                ["contentType"] = "application/vnd.microsoft.teams.file.download.info",
                ["contentUrl"] = downloadUrl.Split('?')[0],
                ["name"] = name,
                ["content"] = new JsonObject { ["downloadUrl"] = downloadUrl, ["uniqueId"] = Guid.NewGuid().ToString(), ["fileType"] = fileType },
            },
            new JsonObject { ["contentType"] = "text/html", ["content"] = "<div><div>" + name + "</div></div>" }));

    /// <summary>A picture pasted into the chat: "image/*" with its content URL on the connector.</summary>
    public static JsonObject Picture(string serviceUrl, string activityId, string aadObjectId, string contentUrl) =>
        With(Message(serviceUrl, activityId, aadObjectId, null), "attachments", new JsonArray(
            new JsonObject { ["contentType"] = "image/*", ["contentUrl"] = contentUrl }));

    /// <summary>The bot was added to the conversation: membersAdded names the bot (and, in a personal chat, the person).</summary>
    public static JsonObject BotAdded(string serviceUrl, string activityId, string aadObjectId, string conversationType = "personal", string? conversationId = null) =>
        With(Base(serviceUrl, "conversationUpdate", activityId, aadObjectId, conversationType, conversationId), "membersAdded",
            new JsonArray(new JsonObject { ["id"] = FakeTeamsServer.BotId }, new JsonObject { ["id"] = UserId(aadObjectId), ["aadObjectId"] = aadObjectId }));

    /// <summary>The app was installed ("add") or uninstalled ("remove") for the conversation.</summary>
    public static JsonObject Installation(string serviceUrl, string activityId, string aadObjectId, string action) =>
        With(Base(serviceUrl, "installationUpdate", activityId, aadObjectId, "personal", null), "action", action);

    public static JsonObject Reaction(string serviceUrl, string activityId, string aadObjectId) =>
        With(Base(serviceUrl, "messageReaction", activityId, aadObjectId, "personal", null), "reactionsAdded", new JsonArray(new JsonObject { ["type"] = "like" }));

    private static JsonObject Base(string serviceUrl, string type, string activityId, string aadObjectId, string conversationType, string? conversationId) => new()
    {
        ["type"] = type,
        ["id"] = activityId,
        ["timestamp"] = "2026-12-07T09:00:00.000Z",
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = UserId(aadObjectId), ["name"] = "Peserta " + aadObjectId[..Math.Min(4, aadObjectId.Length)], ["aadObjectId"] = aadObjectId },
        ["conversation"] = new JsonObject
        {
            ["id"] = conversationId ?? (conversationType == "personal" ? PersonalChat(aadObjectId) : "19:group-" + aadObjectId + "@thread.v2"),
            ["conversationType"] = conversationType,
            ["tenantId"] = FakeTeamsServer.TenantId,
            ["isGroup"] = conversationType != "personal",
        },
        ["recipient"] = new JsonObject { ["id"] = FakeTeamsServer.BotId, ["name"] = "LatsarBot" },
        ["locale"] = "id-ID",
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = FakeTeamsServer.TenantId } },
    };

    private static JsonObject With(JsonObject activity, string name, JsonNode value)
    {
        activity[name] = value;
        return activity;
    }
}
