using System.Text.Json.Nodes;

namespace LatsarBot.Testing.FakeTelegram;

/// <summary>Bot API update JSON as Telegram sends it, for a private chat whose id is the user's id.</summary>
public static class FakeUpdates
{
    public static JsonObject Text(int updateId, long userId, string text) =>
        Update(updateId, "message", Message(updateId, userId, new JsonObject { ["text"] = text }));

    /// <summary>A shared contact; <paramref name="contactUserId"/> is the account the number belongs to (null for a typed-in card).</summary>
    public static JsonObject Contact(int updateId, long userId, string phone, long? contactUserId) =>
        Update(updateId, "message", Message(updateId, userId, new JsonObject
        {
            ["contact"] = new JsonObject { ["phone_number"] = phone, ["first_name"] = "Andi", ["user_id"] = contactUserId },
        }));

    /// <summary>A file sent as a document; its bytes are whatever the fake holds for <paramref name="fileId"/> (<see cref="FakeBotApiServer.AddFile"/>).</summary>
    public static JsonObject Document(int updateId, long userId, string fileId, string fileName, string mimeType, long size) =>
        Update(updateId, "message", Message(updateId, userId, new JsonObject
        {
            ["document"] = new JsonObject { ["file_id"] = fileId, ["file_unique_id"] = "u" + fileId, ["file_name"] = fileName, ["mime_type"] = mimeType, ["file_size"] = size },
        }));

    public static JsonObject Callback(int updateId, long userId, string data) => Update(updateId, "callback_query", new JsonObject
    {
        ["id"] = $"cb{updateId}",
        ["from"] = User(userId),
        ["chat_instance"] = "ci",
        ["data"] = data,
        ["message"] = new JsonObject { ["message_id"] = 1, ["date"] = 1_770_000_000, ["chat"] = Chat(userId) },
    });

    public static JsonObject PollAnswer(int updateId, long userId, string pollId, int option) => Update(updateId, "poll_answer", new JsonObject
    {
        ["poll_id"] = pollId,
        ["user"] = User(userId),
        ["option_ids"] = new JsonArray(option),
    });

    public static JsonObject Kicked(int updateId, long userId) => Update(updateId, "my_chat_member", new JsonObject
    {
        ["chat"] = Chat(userId),
        ["from"] = User(userId),
        ["date"] = 1_770_000_000,
        ["old_chat_member"] = new JsonObject { ["status"] = "member", ["user"] = User(1) },
        ["new_chat_member"] = new JsonObject { ["status"] = "kicked", ["user"] = User(1), ["until_date"] = 0 },
    });

    /// <summary>A private message that answers (reply_to_message) the bot's message <paramref name="repliedTo"/>.</summary>
    public static JsonObject ReplyTo(int updateId, long userId, long repliedTo, string text) =>
        Update(updateId, "message", Message(updateId, userId, new JsonObject
        {
            ["text"] = text,
            ["reply_to_message"] = new JsonObject { ["message_id"] = repliedTo, ["date"] = 1_770_000_000, ["chat"] = Chat(userId) },
        }));

    /// <summary>
    /// A member's message in forum topic <paramref name="topicId"/> of supergroup <paramref name="groupId"/>; like
    /// Telegram, it also "replies" to the topic's first message.
    /// </summary>
    public static JsonObject InTopic(int updateId, long groupId, int topicId, long userId, string text) => Update(updateId, "message", new JsonObject
    {
        ["message_id"] = updateId,
        ["date"] = 1_770_000_000,
        ["chat"] = new JsonObject { ["id"] = groupId, ["type"] = "supergroup", ["title"] = "Coach Latsar", ["is_forum"] = true },
        ["from"] = User(userId),
        ["message_thread_id"] = topicId,
        ["is_topic_message"] = true,
        ["text"] = text,
        ["reply_to_message"] = new JsonObject
        {
            ["message_id"] = topicId,
            ["date"] = 1_770_000_000,
            ["chat"] = new JsonObject { ["id"] = groupId, ["type"] = "supergroup", ["title"] = "Coach Latsar", ["is_forum"] = true },
            ["forum_topic_created"] = new JsonObject { ["name"] = "topic", ["icon_color"] = 7322096 },
        },
    });

    public static JsonObject Update(int updateId, string kind, JsonObject payload) => new() { ["update_id"] = updateId, [kind] = payload };

    public static JsonObject Message(int messageId, long userId, JsonObject content)
    {
        var message = new JsonObject { ["message_id"] = messageId, ["date"] = 1_770_000_000, ["chat"] = Chat(userId), ["from"] = User(userId) };
        foreach (var (key, value) in content)
        {
            message[key] = value?.DeepClone();
        }

        return message;
    }

    public static JsonObject User(long id) => new() { ["id"] = id, ["is_bot"] = false, ["first_name"] = "Andi", ["language_code"] = "id" };

    public static JsonObject Chat(long id) => new() { ["id"] = id, ["type"] = "private", ["first_name"] = "Andi" };
}
