using LatsarBot.Bot.Activities;

namespace LatsarBot.Channels.WhatsApp;

/// <summary>
/// Webhook body → <see cref="MappedWebhook"/>; pure, so every kind of message is a table row in a test. The ledger
/// key is the wamid (Meta redelivers the same id until it gets a 200); the conversation is the sender's wa_id, or their
/// business-scoped user id when a username user has no wa_id.
/// </summary>
public static class WhatsAppUpdateMapper
{
    private const int MaxId = 200;

    public static MappedWebhook Map(WaWebhook body, string phoneNumberId)
    {
        ArgumentNullException.ThrowIfNull(body);
        var activities = new List<Activity>();
        var userIds = new Dictionary<string, string>(StringComparer.Ordinal);
        var statuses = new List<WaStatus>();
        var ignored = new List<string>();
        var senders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var change in (body.Entry ?? []).OfType<WaEntry>().SelectMany(e => e.Changes ?? []).OfType<WaChange>())
        {
            if (change is not { Field: "messages", Value: { } value })
            {
                ignored.Add($"field {change.Field}");
                continue;
            }

            if (value.Metadata?.PhoneNumberId != phoneNumberId)
            {
                // Another number of the same business account: its messages are not ours to answer.
                ignored.Add($"number {value.Metadata?.PhoneNumberId}");
                continue;
            }

            var contacts = (value.Contacts ?? []).OfType<WaContact>().ToList();
            foreach (var contact in contacts.Where(c => c is { WaId.Length: > 0, UserId.Length: > 0 }))
            {
                userIds[contact.WaId!] = contact.UserId!;
            }

            statuses.AddRange((value.Statuses ?? []).OfType<WaStatus>());
            foreach (var message in (value.Messages ?? []).OfType<WaMessage>())
            {
                if ((message.From is { Length: > 0 } from ? from : message.FromUserId) is { Length: > 0 and <= MaxId } sender)
                {
                    senders.Add(sender);
                }

                if (FromMessage(message, contacts) is { } activity)
                {
                    activities.Add(activity);
                }
                else
                {
                    ignored.Add($"message type {message.Type}");
                }
            }
        }

        return new MappedWebhook(activities, userIds, statuses, ignored) { Senders = senders.ToList() };
    }

    private static Activity? FromMessage(WaMessage message, List<WaContact> contacts)
    {
        var sender = message.From is { Length: > 0 } from ? from : message.FromUserId;
        // Longer ids are nothing Meta sends, and would not fit the ledger's and the conversation's columns.
        if (sender is not { Length: > 0 and <= MaxId } || message.Id is not { Length: > 0 and <= MaxId } wamid)
        {
            return null;
        }

        var contact = contacts.FirstOrDefault(c => c.WaId == sender || c.UserId == sender);
        var activity = new Activity
        {
            Channel = WhatsAppChannel.Name,
            ConversationId = sender,
            // WhatsApp vouches for the number a message comes from: the wa_id is the sender's phone (a username-only
            // user, known by their business-scoped id alone, has none to offer).
            From = new ChannelUser(sender, contact?.Profile?.Name, VerifiedPhone: message.From is { Length: > 0 } phone ? phone : null),
            Id = wamid,
        };
        return message.Type switch
        {
            "text" when message.Text?.Body is { } text => activity with { Text = text },
            "interactive" when Choice(message.Interactive) is { } choice => activity with { Value = new ChoiceValue(choice) },
            "button" when (message.Button?.Payload ?? message.Button?.Text) is { Length: > 0 } payload => activity with { Value = new ChoiceValue(payload) },
            "image" or "document" or "audio" or "video" when Media(message) is { Id.Length: > 0 } media =>
                activity with { Text = media.Caption, Attachments = [Attachment(message.Type, media)] },

            // Location, contacts, reactions, stickers, "unsupported", system and ephemeral messages: no turn a person waits on.
            _ => null,
        };
    }

    private static string? Choice(WaInteractiveReply? reply) => reply?.Type switch
    {
        "button_reply" => reply.ButtonReply?.Id is { Length: > 0 } id ? id : null,
        "list_reply" => reply.ListReply?.Id is { Length: > 0 } id ? id : null,
        _ => null,
    };

    private static WaMedia? Media(WaMessage message) => message.Type switch
    {
        "image" => message.Image,
        "document" => message.Document,
        "audio" => message.Audio,
        "video" => message.Video,
        _ => null,
    };

    /// <summary>The media id is the file reference the evidence downloader resolves; WhatsApp tells no size before the download.</summary>
    private static InboundAttachment Attachment(string type, WaMedia media) =>
        new(media.MimeType is { Length: > 0 } mime ? mime.Split(';')[0].Trim() : Fallback(type), Name: media.Filename, FileRef: media.Id);

    private static string Fallback(string type) => type switch
    {
        "image" => "image/jpeg",
        "audio" => "audio/ogg",
        "video" => "video/mp4",
        _ => "application/octet-stream",
    };
}
