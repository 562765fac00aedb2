using System.Globalization;
using System.Text.Json.Nodes;

namespace LatsarBot.Testing.FakeWhatsApp;

/// <summary>Webhook bodies in the Cloud API's shape (object, entry, changes, value with metadata, contacts, messages or statuses).</summary>
public static class FakeWebhooks
{
    public static JsonObject Text(string wamid, string from, string text, string? userId = null) =>
        Message(wamid, from, "text", new JsonObject { ["body"] = text }, userId: userId);

    public static JsonObject ButtonReply(string wamid, string from, string id, string title) =>
        Message(wamid, from, "interactive", new JsonObject
        {
            ["type"] = "button_reply",
            ["button_reply"] = new JsonObject { ["id"] = id, ["title"] = title },
        });

    public static JsonObject ListReply(string wamid, string from, string id, string title) =>
        Message(wamid, from, "interactive", new JsonObject
        {
            ["type"] = "list_reply",
            ["list_reply"] = new JsonObject { ["id"] = id, ["title"] = title },
        });

    /// <summary>A template's quick-reply button: type "button", its payload and text.</summary>
    public static JsonObject QuickReply(string wamid, string from, string payload, string text) =>
        Message(wamid, from, "button", new JsonObject { ["payload"] = payload, ["text"] = text });

    public static JsonObject Media(string wamid, string from, string type, string mediaId, string mimeType, string? caption = null, string? filename = null)
    {
        var media = new JsonObject { ["id"] = mediaId, ["mime_type"] = mimeType, ["sha256"] = "c2hh" };
        if (caption is not null)
        {
            media["caption"] = caption;
        }

        if (filename is not null)
        {
            media["filename"] = filename;
        }

        return Message(wamid, from, type, media);
    }

    /// <summary>A message of any type with its own content object (location, reaction, sticker, unsupported, system …).</summary>
    public static JsonObject Message(string wamid, string from, string type, JsonObject content, string phoneNumberId = FakeGraphApiServer.PhoneNumberId, string? userId = null)
    {
        var message = new JsonObject
        {
            ["from"] = from,
            ["id"] = wamid,
            ["timestamp"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
            ["type"] = type,
            [type] = content,
        };
        var contact = new JsonObject { ["profile"] = new JsonObject { ["name"] = "Andi" }, ["wa_id"] = from };
        if (userId is not null)
        {
            contact["user_id"] = userId;
        }

        return Envelope(phoneNumberId, new JsonObject
        {
            ["contacts"] = new JsonArray(contact),
            ["messages"] = new JsonArray(message),
        });
    }

    public static JsonObject Status(string wamid, string recipient, string status) =>
        Envelope(FakeGraphApiServer.PhoneNumberId, new JsonObject
        {
            ["statuses"] = new JsonArray(new JsonObject
            {
                ["id"] = wamid,
                ["status"] = status,
                ["timestamp"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
                ["recipient_id"] = recipient,
            }),
        });

    /// <summary>A "failed" status with the Graph error that made it fail (131026 not on WhatsApp, 131047 outside the window …).</summary>
    public static JsonObject FailedStatus(string wamid, string recipient, int code)
    {
        var body = Status(wamid, recipient, "failed");
        var status = (JsonObject)body["entry"]![0]!["changes"]![0]!["value"]!["statuses"]![0]!;
        status["errors"] = new JsonArray(new JsonObject
        {
            ["code"] = code,
            ["title"] = $"({code}) Message undeliverable",
            ["message"] = $"({code}) Message undeliverable",
            ["error_data"] = new JsonObject { ["details"] = "Message failed to send." },
        });
        return body;
    }

    /// <summary>The wa_ids that wrote in a body (they open their 24-hour window).</summary>
    public static IEnumerable<string> Senders(JsonObject body) =>
        (body["entry"] as JsonArray ?? [])
            .SelectMany(e => e?["changes"] as JsonArray ?? [])
            .SelectMany(c => c?["value"]?["messages"] as JsonArray ?? [])
            .Select(m => (m as JsonObject)?["from"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null)
            .OfType<string>();

    private static JsonObject Envelope(string phoneNumberId, JsonObject value)
    {
        value["messaging_product"] = "whatsapp";
        value["metadata"] = new JsonObject { ["display_phone_number"] = "15550000000", ["phone_number_id"] = phoneNumberId };

        // The change's value first in Meta's order: messaging_product, metadata, then contacts and messages.
        return new JsonObject
        {
            ["object"] = "whatsapp_business_account",
            ["entry"] = new JsonArray(new JsonObject
            {
                ["id"] = "102290129340398",
                ["changes"] = new JsonArray(new JsonObject { ["field"] = "messages", ["value"] = value }),
            }),
        };
    }
}
