using System.Globalization;

namespace LatsarBot.Channels.Telegram;

/// <summary>
/// How our conversation threads (<see cref="Bot.Activities.ReplyThread"/>) map onto Telegram, kept in the adapter's
/// store: a thread's forum topic in a group (both ways: the topic to post in, and the thread a topic's message belongs
/// to), and which thread a message the bot sent belongs to, so a reply to it finds its thread.
/// </summary>
public static class TelegramThreads
{
    /// <summary>Store key: the forum topic id of thread <paramref name="threadKey"/> in group <paramref name="chatId"/>.</summary>
    public static string TopicOf(string chatId, string threadKey) => $"topic:{chatId}:{threadKey}";

    /// <summary>Store key: the thread key of forum topic <paramref name="topicId"/> in group <paramref name="chatId"/>.</summary>
    public static string TopicKeyOf(string chatId, int topicId) => $"topic-thread:{chatId}:{topicId.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Store key: the thread key of a message the bot sent.</summary>
    public static string MessageKeyOf(string chatId, int messageId) => $"message-thread:{chatId}:{messageId.ToString(CultureInfo.InvariantCulture)}";
}
