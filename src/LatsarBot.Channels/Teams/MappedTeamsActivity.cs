using LatsarBot.Bot.Activities;

namespace LatsarBot.Channels.Teams;

/// <summary>
/// What one authentic activity asks of us: a turn to run (or none), whether the app was installed or removed for
/// the conversation, where to write back to it later, and, when passed over, why (for the log).
/// </summary>
public sealed record MappedTeamsActivity(Activity? Turn, TeamsReachability? Reachability, TeamsConversationReference? Reference, string? Ignored)
{
    /// <summary>An invoke wants its answer in the HTTP response, not as a message.</summary>
    public bool IsInvoke { get; init; }

    /// <summary>A message in a team channel's thread: the thread's conversation id; its turn runs only in a thread the bot started.</summary>
    public string? ChannelThread { get; init; }
}

public enum TeamsReachability
{
    Reachable,
    Unreachable,
}

/// <summary>
/// Enough to write to a conversation without being asked (a proactive message): the connector it lives on (its own
/// serviceUrl, kept with it), the conversation, the tenant, the person and the bot as Teams knows them.
/// </summary>
public sealed record TeamsConversationReference(string ServiceUrl, string ConversationId, string? TenantId, string UserId, string? AadObjectId,
    string BotId, string ConversationType);
