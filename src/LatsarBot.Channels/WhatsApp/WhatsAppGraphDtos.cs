using System.Text.Json.Serialization;

namespace LatsarBot.Channels.WhatsApp;

// What we send to POST /{phone-number-id}/messages and what the Graph API answers. Null members are left out
// (WhatsAppJson ignores nulls when writing), so one record shape serves every message type.

public sealed record WaOutgoing(
    string To,
    string Type,
    WaOutText? Text = null,
    WaOutInteractive? Interactive = null,
    WaOutMedia? Image = null,
    WaOutMedia? Document = null,
    WaOutMedia? Audio = null,
    WaOutMedia? Video = null,
    WaOutTemplate? Template = null)
{
    public string MessagingProduct { get; init; } = "whatsapp";

    public string RecipientType { get; init; } = "individual";
}

public sealed record WaOutText(string Body, bool PreviewUrl = false);

public sealed record WaOutInteractive(string Type, WaOutBody Body, WaOutAction Action, WaOutBody? Footer = null);

public sealed record WaOutBody(string Text);

/// <summary><see cref="Buttons"/> for a "button" message, <see cref="Button"/> (the list's opener) and <see cref="Sections"/> for a "list".</summary>
public sealed record WaOutAction(IReadOnlyList<WaOutButton>? Buttons = null, string? Button = null, IReadOnlyList<WaOutSection>? Sections = null);

public sealed record WaOutButton(WaOutReply Reply)
{
    public string Type { get; init; } = "reply";
}

public sealed record WaOutReply(string Id, string Title);

public sealed record WaOutSection(IReadOnlyList<WaOutRow> Rows, string? Title = null);

public sealed record WaOutRow(string Id, string Title, string? Description = null);

/// <summary>Media by public link (Meta fetches it) or by an uploaded media id.</summary>
public sealed record WaOutMedia(string? Link = null, string? Id = null, string? Caption = null, string? Filename = null);

/// <summary>An approved template by name and language, with its body parameters and quick-reply payloads.</summary>
public sealed record WaOutTemplate(string Name, WaOutLanguage Language, IReadOnlyList<WaOutComponent>? Components = null);

public sealed record WaOutLanguage(string Code);

/// <summary>"body" with text parameters, or "button" (sub_type quick_reply, its index) with a payload parameter.</summary>
public sealed record WaOutComponent(string Type, IReadOnlyList<WaOutParameter> Parameters, string? SubType = null, string? Index = null);

public sealed record WaOutParameter(string Type, string? Text = null, string? Payload = null);

/// <summary>POST /{phone-number-id}/media answers the uploaded file's id, to send by.</summary>
public sealed record WaUploaded(string? Id);

public sealed record WaSendResult(IReadOnlyList<WaContact>? Contacts, IReadOnlyList<WaSentMessage>? Messages);

public sealed record WaSentMessage(string? Id);

/// <summary>GET /{media-id}: a URL valid for about five minutes, fetched with the same bearer token.</summary>
public sealed record WaMediaInfo(string? Url, string? MimeType, string? Sha256, long? FileSize, string? Id);

/// <summary>The Graph error envelope: {"error":{"message","type","code","error_subcode","fbtrace_id","error_data":{"details"}}}.</summary>
public sealed record WaErrorEnvelope(WaError? Error);

public sealed record WaError(int Code, string? Message, string? Title, string? Type, int? ErrorSubcode, string? FbtraceId, WaErrorData? ErrorData);

public sealed record WaErrorData(string? Details);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(WaWebhook))]
[JsonSerializable(typeof(WaOutgoing))]
[JsonSerializable(typeof(WaSendResult))]
[JsonSerializable(typeof(WaMediaInfo))]
[JsonSerializable(typeof(WaUploaded))]
[JsonSerializable(typeof(WaErrorEnvelope))]
public sealed partial class WhatsAppJson : JsonSerializerContext;
