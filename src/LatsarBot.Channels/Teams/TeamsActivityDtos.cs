using System.Text.Json;
using System.Text.Json.Serialization;

namespace LatsarBot.Channels.Teams;

/// <summary>The parts of a Bot Framework activity the adapter reads (Bot Connector schema; Teams' channelData).</summary>
public sealed record TeamsActivity
{
    public string? Type { get; init; }

    public string? Id { get; init; }

    public string? ServiceUrl { get; init; }

    public string? ChannelId { get; init; }

    public TeamsAccount? From { get; init; }

    public TeamsAccount? Recipient { get; init; }

    public TeamsConversation? Conversation { get; init; }

    public string? Text { get; init; }

    public string? Locale { get; init; }

    /// <summary>What an Adaptive Card's Action.Submit sent (its data), or an invoke's payload.</summary>
    public JsonElement? Value { get; init; }

    /// <summary>invoke: "adaptiveCard/action"; event: the event's name.</summary>
    public string? Name { get; init; }

    /// <summary>installationUpdate: "add" or "remove" (with "-upgrade" after an app update).</summary>
    public string? Action { get; init; }

    public string? ReplyToId { get; init; }

    public List<TeamsAttachment?>? Attachments { get; init; }

    public List<TeamsEntity?>? Entities { get; init; }

    public List<TeamsAccount?>? MembersAdded { get; init; }

    public List<TeamsAccount?>? MembersRemoved { get; init; }

    public TeamsChannelData? ChannelData { get; init; }
}

public sealed record TeamsAccount(string? Id, string? Name = null, string? AadObjectId = null);

/// <summary>conversationType is "personal", "groupChat" or "channel"; a channel thread's id ends in ";messageid=…".</summary>
public sealed record TeamsConversation(string? Id, string? ConversationType = null, string? TenantId = null, bool? IsGroup = null);

public sealed record TeamsAttachment(string? ContentType, string? ContentUrl = null, string? Name = null, JsonElement? Content = null);

/// <summary>A mention names who was mentioned and the text of it ("&lt;at&gt;LatsarBot&lt;/at&gt;") inside the message.</summary>
public sealed record TeamsEntity(string? Type, TeamsAccount? Mentioned = null, string? Text = null);

public sealed record TeamsChannelData(TeamsTenant? Tenant = null, TeamsTeam? Team = null, TeamsTeam? Channel = null);

public sealed record TeamsTenant(string? Id);

public sealed record TeamsTeam(string? Id, string? Name = null);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(TeamsActivity))]
public sealed partial class TeamsJson : JsonSerializerContext;
