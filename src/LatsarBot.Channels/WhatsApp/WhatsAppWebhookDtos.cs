namespace LatsarBot.Channels.WhatsApp;

// The webhook body of the Cloud API ("messages" field), only the parts we read. Every member is nullable: Meta adds
// fields and types over time, and a body missing one is still answered 200 (see WhatsAppWebhookEndpoints).

public sealed record WaWebhook(string? Object, IReadOnlyList<WaEntry>? Entry);

public sealed record WaEntry(string? Id, IReadOnlyList<WaChange>? Changes);

public sealed record WaChange(string? Field, WaValue? Value);

public sealed record WaValue(
    string? MessagingProduct,
    WaMetadata? Metadata,
    IReadOnlyList<WaContact>? Contacts,
    IReadOnlyList<WaMessage>? Messages,
    IReadOnlyList<WaStatus>? Statuses);

public sealed record WaMetadata(string? DisplayPhoneNumber, string? PhoneNumberId);

/// <summary><see cref="UserId"/> is the business-scoped user id (BSUID), sent since 2026 and sometimes without a wa_id.</summary>
public sealed record WaContact(WaProfile? Profile, string? WaId, string? UserId);

public sealed record WaProfile(string? Name);

public sealed record WaMessage(
    string? From,
    string? FromUserId,
    string? Id,
    string? Timestamp,
    string? Type,
    WaText? Text,
    WaInteractiveReply? Interactive,
    WaQuickReply? Button,
    WaMedia? Image,
    WaMedia? Document,
    WaMedia? Audio,
    WaMedia? Video,
    WaMedia? Sticker,
    WaContext? Context);

public sealed record WaText(string? Body);

public sealed record WaInteractiveReply(string? Type, WaChoice? ButtonReply, WaChoice? ListReply);

public sealed record WaChoice(string? Id, string? Title, string? Description);

/// <summary>A template's quick-reply button: its payload is what we set when the template was sent.</summary>
public sealed record WaQuickReply(string? Payload, string? Text);

public sealed record WaMedia(string? Id, string? MimeType, string? Sha256, string? Caption, string? Filename, bool? Voice);

public sealed record WaContext(string? From, string? Id);

public sealed record WaStatus(string? Id, string? Status, string? Timestamp, string? RecipientId, IReadOnlyList<WaError>? Errors);
