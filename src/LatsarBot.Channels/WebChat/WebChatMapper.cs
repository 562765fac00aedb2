using System.Text.Json;
using System.Text.RegularExpressions;
using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Channels;
using LatsarBot.Bot.Outbox;
using LatsarBot.Core.Participants;

namespace LatsarBot.Channels.WebChat;

/// <summary>Web chat JSON ⇄ Activity and Reply; pure, so every rejection reason is testable without a server.</summary>
public static partial class WebChatMapper
{
    public const string Channel = "webchat";
    public const int MaxTextLength = 4096;
    public const int MaxIdLength = 100;

    /// <summary>The page wraps buttons three to a row; no group chats; any message at any time.</summary>
    public static readonly ChannelCapabilities Capabilities = new(Channel, "web chat", MaxTextLength, ButtonsPerRow: 3,
        GroupTopics: false, NeedsTemplatesOutsideWindow: false);

    [GeneratedRegex("^[A-Za-z0-9_-]{1,100}$")]
    private static partial Regex SafeId();

    public const string ConversationIdRule = "conversationId must be 1–100 letters, digits, '-' or '_'.";

    public static bool IsValidConversationId(string conversationId) => SafeId().IsMatch(conversationId);

    /// <summary>The Activity, or the reason the request is refused (answered 400).</summary>
    public static (Activity? Activity, string? Error) ToActivity(string conversationId, WebChatActivityRequest request)
    {
        if (!IsValidConversationId(conversationId))
        {
            return (null, ConversationIdRule);
        }

        if (string.IsNullOrWhiteSpace(request.From) || request.From.Length > MaxIdLength)
        {
            return (null, "'from' (the user id) is required, at most 100 characters.");
        }

        if (request.Id is { Length: > MaxIdLength })
        {
            return (null, "'id' must be at most 100 characters.");
        }

        if (request.Text is { Length: > MaxTextLength })
        {
            return (null, $"'text' must be at most {MaxTextLength} characters.");
        }

        var type = request.Type?.ToLowerInvariant() switch
        {
            null or "message" => ActivityType.Message,
            "conversationupdate" => ActivityType.ConversationUpdate,
            _ => (ActivityType?)null,
        };
        if (type is null)
        {
            return (null, "'type' must be 'message' or 'conversationUpdate'.");
        }

        ActivityValue? value = null;
        if (request.Value is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) } raw)
        {
            if (raw.ValueKind is not (JsonValueKind.String or JsonValueKind.Number))
            {
                return (null, "'value' must be a string (a button's value).");
            }

            value = new ChoiceValue(raw.ValueKind == JsonValueKind.String ? raw.GetString()! : raw.GetRawText());
        }

        var attachments = (request.Attachments ?? []).Select(a => Attachment(a, conversationId)).ToList();
        if (type == ActivityType.Message && string.IsNullOrWhiteSpace(request.Text) && value is null && attachments.Count == 0)
        {
            return (null, "A message needs 'text', 'value' or 'attachments'.");
        }

        return (new Activity
        {
            Channel = Channel,
            ConversationId = conversationId,
            From = new ChannelUser(request.From),
            // Client ids are only unique within a conversation; the ledger key must be unique per channel.
            Id = request.Id is null ? null : $"{conversationId}:{request.Id}",
            Type = type.Value,
            Text = request.Text,
            Value = value,
            Attachments = attachments,
            Locale = Languages.TryParse(request.Locale?.Split('-')[0]),
        }, null);
    }

    /// <summary>The upload route's URL of a stored file: what the page sends back as the attachment's url.</summary>
    public static string UploadUrl(string conversationId, string sha256) => $"/api/webchat/{conversationId}/files/{sha256}";

    /// <summary>
    /// An upload of this conversation becomes its store key here, before the turn; an upload URL of another
    /// conversation stays a plain URL, which the bot never fetches.
    /// </summary>
    private static InboundAttachment Attachment(WebChatAttachmentDto a, string conversationId)
    {
        var url = string.IsNullOrEmpty(a.Url) ? null : a.Url;
        return url is not null && UploadPath().Match(url) is { Success: true } upload && upload.Groups["conversation"].Value == conversationId
            ? new InboundAttachment(a.Kind, Name: a.Name, Size: a.Size, StoreKey: upload.Groups["sha"].Value)
            : new InboundAttachment(a.Kind, url, a.Name, Size: a.Size);
    }

    [GeneratedRegex("^/api/webchat/(?<conversation>[A-Za-z0-9_-]{1,100})/files/(?<sha>[0-9a-f]{64})$")]
    private static partial Regex UploadPath();

    public static WebChatMessageDto ToDto(long sequence, Reply reply, bool proactive) => new(
        sequence,
        reply.Text,
        reply.Buttons.Select(b => new WebChatButtonDto(b.Title, b.Value)).ToList(),
        reply.Attachments.Select(a => new WebChatAttachmentDto(a.Kind.ToString().ToLowerInvariant(), a.Url, a.Name)).ToList(),
        proactive);

    public static WebChatMessageDto ToDto(FeedMessage message) => ToDto(message.Sequence, message.Reply, message.Proactive);
}
