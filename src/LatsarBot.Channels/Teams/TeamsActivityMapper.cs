using System.Text.Json;
using System.Text.RegularExpressions;
using LatsarBot.Bot.Activities;
using LatsarBot.Core.Participants;

namespace LatsarBot.Channels.Teams;

/// <summary>
/// Bot Framework activity → <see cref="MappedTeamsActivity"/>; pure, so every kind is a table row in a test. The
/// ledger key is the activity id (the Bot Connector retries with the same id); the conversation is Teams' conversation
/// id; the person is their Entra object id. Only a personal chat runs turns: onboarding, units and coaching happen
/// one to one, and a bot in a group chat or a channel answers nobody there, except in a channel thread it started itself
/// (a participant's coaching thread among the coaches; the handler checks it is one).
/// </summary>
public static partial class TeamsActivityMapper
{
    /// <summary>The key under which our Adaptive Cards' Action.Submit data carries the pressed choice.</summary>
    public const string ChoiceKey = "choice";

    public const string AdaptiveCardAction = "adaptiveCard/action";

    public static MappedTeamsActivity Map(TeamsActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var isInvoke = activity.Type == "invoke";
        var id = Bounded(activity.Id);
        var conversationId = Bounded(activity.Conversation?.Id);
        var fromId = Bounded(activity.From?.Id);
        var botId = activity.Recipient?.Id;
        var serviceUrl = activity.ServiceUrl;
        if (id is null || conversationId is null || fromId is null || string.IsNullOrEmpty(botId) || string.IsNullOrEmpty(serviceUrl))
        {
            return new MappedTeamsActivity(null, null, null, "activity without id, conversation, sender, recipient or serviceUrl") { IsInvoke = isInvoke };
        }

        var type = ConversationType(activity.Conversation!);
        var tenant = activity.Conversation!.TenantId ?? activity.ChannelData?.Tenant?.Id;
        var aad = Bounded(activity.From!.AadObjectId);
        var reference = new TeamsConversationReference(serviceUrl, conversationId, tenant, fromId, aad, botId, type);
        var personal = type == "personal";
        var turn = new Activity
        {
            Channel = TeamsChannel.Name,
            ConversationId = conversationId,
            From = new ChannelUser(aad ?? fromId, activity.From.Name),
            Id = id,
            Locale = Languages.TryParse(activity.Locale?.Split('-')[0]),
        };

        switch (activity.Type)
        {
            case "message" when type == "channel" && TeamsChannelThreads.IsThread(conversationId):
                // A coach writing in a participant's thread (the bot @mentioned): the turn is the channel's, the thread says whose.
                var said = StripMentions(activity.Text, activity.Entities, botId);
                return said.Length == 0
                    ? new MappedTeamsActivity(null, null, reference, "empty message in a channel thread")
                    : new MappedTeamsActivity(turn with { ConversationId = TeamsChannelThreads.ChannelOf(conversationId), Text = said }, null, reference, null)
                    {
                        ChannelThread = conversationId,
                    };
            case "message" when !personal:
                return new MappedTeamsActivity(null, null, reference, $"message in a {type} conversation");
            case "message":
                var text = StripMentions(activity.Text, activity.Entities, botId);
                var choice = Choice(activity.Value);
                var files = Files(activity.Attachments);
                if (text.Length == 0 && choice is null && files.Count == 0)
                {
                    return new MappedTeamsActivity(null, TeamsReachability.Reachable, reference, "empty message");
                }

                return new MappedTeamsActivity(turn with
                {
                    Text = text.Length == 0 ? null : text,
                    Value = choice is null ? null : new ChoiceValue(choice),
                    Attachments = files,
                }, TeamsReachability.Reachable, reference, null);

            case "invoke" when activity.Name == AdaptiveCardAction && personal
                && Choice(Property(activity.Value, "action") is { } action ? Property(action, "data") : null) is { } pressed:
                return new MappedTeamsActivity(turn with { Value = new ChoiceValue(pressed) }, TeamsReachability.Reachable, reference, null) { IsInvoke = true };
            case "invoke":
                return new MappedTeamsActivity(null, null, reference, $"invoke {activity.Name}") { IsInvoke = true };

            case "conversationUpdate" when (activity.MembersAdded ?? []).Any(m => m?.Id == botId):
                // The bot was added: in a personal chat that is the person's first hello; a team or group is only noted.
                return personal
                    ? new MappedTeamsActivity(turn with { Type = ActivityType.ConversationUpdate }, TeamsReachability.Reachable, reference, null)
                    : new MappedTeamsActivity(null, null, reference, $"bot added to a {type} conversation");
            case "conversationUpdate" when (activity.MembersRemoved ?? []).Any(m => m?.Id == botId):
                return new MappedTeamsActivity(null, TeamsReachability.Unreachable, reference, null);

            case "installationUpdate" when activity.Action?.StartsWith("add", StringComparison.Ordinal) == true:
                return new MappedTeamsActivity(null, TeamsReachability.Reachable, reference, null);
            case "installationUpdate" when activity.Action?.StartsWith("remove", StringComparison.Ordinal) == true:
                return new MappedTeamsActivity(null, TeamsReachability.Unreachable, reference, null);

            // messageReaction, typing, messageUpdate/Delete, events and types to come: nothing a person waits on.
            default:
                return new MappedTeamsActivity(null, null, reference, $"activity type {activity.Type}");
        }
    }

    private static string? Bounded(string? value) => value is { Length: > 0 and <= TeamsChannel.MaxId } ? value : null;

    private static string ConversationType(TeamsConversation conversation) => conversation.ConversationType switch
    {
        "personal" or "groupChat" or "channel" => conversation.ConversationType,
        _ => conversation.IsGroup == true ? "groupChat" : "personal",
    };

    /// <summary>In a message to the bot the text begins "&lt;at&gt;LatsarBot&lt;/at&gt; …": the mention is addressing, not input.</summary>
    private static string StripMentions(string? text, List<TeamsEntity?>? entities, string botId)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        foreach (var mention in (entities ?? []).OfType<TeamsEntity>().Where(e => e.Type == "mention" && e.Mentioned?.Id == botId && e.Text is { Length: > 0 }))
        {
            text = text.Replace(mention.Text!, "", StringComparison.Ordinal);
        }

        return Whitespace().Replace(text, " ").Trim();
    }

    private static string? Choice(JsonElement? data) =>
        Property(data, ChoiceKey) is { ValueKind: JsonValueKind.String } choice && choice.GetString() is { Length: > 0 and <= 1000 } value ? value : null;

    private static JsonElement? Property(JsonElement? element, string name) =>
        element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(name, out var value) ? value : null;

    /// <summary>
    /// A file sent in a personal chat comes as a download-info attachment (a pre-authorised URL, fetched without our
    /// token); a pasted picture as an image whose content URL is on the connector, behind the bot token. Both go as the
    /// file reference (<see cref="TeamsEvidenceDownloader"/> fetches it), never as a URL anything else would open.
    /// Teams' HTML copy of the message and cards are not files.
    /// </summary>
    private static List<InboundAttachment> Files(List<TeamsAttachment?>? attachments)
    {
        var files = new List<InboundAttachment>();
        foreach (var attachment in (attachments ?? []).OfType<TeamsAttachment>())
        {
            if (attachment.ContentType == TeamsEvidenceDownloader.DownloadInfoType
                && Property(attachment.Content, "downloadUrl") is { ValueKind: JsonValueKind.String } url && url.GetString() is { Length: > 0 } download)
            {
                var fileType = Property(attachment.Content, "fileType") is { ValueKind: JsonValueKind.String } t ? t.GetString() : null;
                files.Add(new InboundAttachment(MimeOf(fileType), Name: attachment.Name, FileRef: TeamsEvidenceDownloader.DownloadPrefix + download));
            }
            else if (attachment.ContentType is { } type && type.StartsWith("image/", StringComparison.Ordinal) && attachment.ContentUrl is { Length: > 0 } contentUrl)
            {
                // Teams says "image/*" for a pasted picture; the evidence store judges the type on the bytes anyway.
                files.Add(new InboundAttachment(type == "image/*" ? "image/png" : type, Name: attachment.Name, FileRef: TeamsEvidenceDownloader.ConnectorPrefix + contentUrl));
            }
        }

        return files;
    }

    private static string MimeOf(string? fileType) => fileType?.ToLowerInvariant() switch
    {
        "pdf" => "application/pdf",
        "jpg" or "jpeg" => "image/jpeg",
        "png" => "image/png",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "pptx" => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        _ => "application/octet-stream",
    };

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
