using System.Text.Json;
using System.Text.Json.Serialization;

namespace LatsarBot.Channels.WebChat;

/// <summary>POST /api/webchat/{conversationId}/activities body.</summary>
public sealed record WebChatActivityRequest(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("from")] string? From,
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("value")] JsonElement? Value,
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("locale")] string? Locale,
    [property: JsonPropertyName("attachments")] IReadOnlyList<WebChatAttachmentDto>? Attachments);

/// <summary>Inbound, <see cref="Kind"/> is the file's content type and <see cref="Size"/> its bytes; outbound, the kind of media.</summary>
public sealed record WebChatAttachmentDto(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("size")] long? Size = null);

public sealed record WebChatButtonDto(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("value")] string Value);

public sealed record WebChatMessageDto(
    [property: JsonPropertyName("sequence")] long Sequence,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("buttons")] IReadOnlyList<WebChatButtonDto> Buttons,
    [property: JsonPropertyName("attachments")] IReadOnlyList<WebChatAttachmentDto> Attachments,
    [property: JsonPropertyName("proactive")] bool Proactive);

public sealed record WebChatTurnResponse(
    [property: JsonPropertyName("replies")] IReadOnlyList<WebChatMessageDto> Replies,
    [property: JsonPropertyName("replayed")] bool Replayed);

public sealed record WebChatFeedResponse(
    [property: JsonPropertyName("messages")] IReadOnlyList<WebChatMessageDto> Messages,
    [property: JsonPropertyName("last")] long Last);

public sealed record WebChatError(
    [property: JsonPropertyName("error")] string Error,
    [property: JsonPropertyName("detail")] string Detail);

/// <summary>POST /api/webchat/sessions answer: send <see cref="Token"/> in the X-WebChat-Token header of every call for <see cref="ConversationId"/>.</summary>
public sealed record WebChatSession(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expiresAt")] DateTimeOffset ExpiresAt);
