using System.Text.Json.Nodes;
using LatsarBot.Bot.Activities;

namespace LatsarBot.Channels.Teams;

/// <summary>
/// Our conversation threads (<see cref="ReplyThread"/>, a participant's coaching thread) as threads of a team channel:
/// the first message to a thread starts it (POST /v3/conversations with the channel and that message, which Teams
/// answers with "{channel};messageid={root}"), and the adapter's store keeps it both ways: the thread to post in for a
/// key, and the key of a thread a coach writes in.
/// </summary>
public sealed class TeamsChannelThreads(ITeamsStore store, TeamsConnector connector)
{
    private const string Suffix = ";messageid=";

    /// <summary>A channel thread's conversation id names the channel and the root message; the channel is the part before.</summary>
    public static string ChannelOf(string conversationId)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        var at = conversationId.IndexOf(Suffix, StringComparison.Ordinal);
        return at < 0 ? conversationId : conversationId[..at];
    }

    /// <summary>The id of a channel thread's root message, the part after the channel.</summary>
    public static string RootOf(string threadConversationId)
    {
        ArgumentNullException.ThrowIfNull(threadConversationId);
        var at = threadConversationId.IndexOf(Suffix, StringComparison.Ordinal);
        return at < 0 ? threadConversationId : threadConversationId[(at + Suffix.Length)..];
    }

    public static bool IsThread(string conversationId) => conversationId?.Contains(Suffix, StringComparison.Ordinal) == true;

    private static string ThreadKey(string channelId, string key) => $"thread:{channelId}:{key}";

    private static string KeyKey(string threadConversationId) => $"thread-key:{threadConversationId}";

    /// <summary>The thread already started for <paramref name="key"/> in the channel, or null.</summary>
    public Task<string?> FindAsync(string channelId, string key, CancellationToken cancellationToken) => store.RecallAsync(ThreadKey(channelId, key), cancellationToken);

    /// <summary>Our thread key of a channel thread, or null for a thread we did not start.</summary>
    public Task<string?> KeyOfAsync(string threadConversationId, CancellationToken cancellationToken) => store.RecallAsync(KeyKey(threadConversationId), cancellationToken);

    /// <summary>Starts the thread with <paramref name="root"/> as its first message; the answer's id is the thread's conversation id.</summary>
    public async Task<ConnectorAnswer> StartAsync(TeamsConversationReference channel, ReplyThread thread, JsonObject root, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(thread);
        ArgumentNullException.ThrowIfNull(root);
        if (thread.Title is { Length: > 0 } title && root["text"]?.ToString() is { } text)
        {
            // A channel thread has no name of its own: its first line says whose it is.
            root["text"] = $"**{title}**\n\n{text}";
        }

        var answer = await connector.CreateConversationAsync(channel.ServiceUrl, new JsonObject
        {
            ["isGroup"] = true,
            ["bot"] = new JsonObject { ["id"] = channel.BotId },
            ["tenantId"] = channel.TenantId,
            ["activity"] = root,
            ["channelData"] = new JsonObject
            {
                ["channel"] = new JsonObject { ["id"] = channel.ConversationId },
                ["tenant"] = new JsonObject { ["id"] = channel.TenantId },
            },
        }, cancellationToken);
        if (answer.Ok && answer.Id is { Length: > 0 and <= TeamsChannel.MaxId } id && IsThread(id))
        {
            await store.RememberAsync(ThreadKey(channel.ConversationId, thread.Key), id, CancellationToken.None);
            await store.RememberAsync(KeyKey(id), thread.Key, CancellationToken.None);
        }

        return answer;
    }
}
