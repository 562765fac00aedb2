using LatsarBot.Bot.Channels;

namespace LatsarBot.Channels.WhatsApp;

/// <summary>Names and platform limits shared by the WhatsApp adapter's parts (Cloud API, CHANNELS.md section 4).</summary>
public static class WhatsAppChannel
{
    public const string Name = "whatsapp";

    /// <summary>The callback URL's path: GET answers Meta's verification, POST receives the signed updates.</summary>
    public const string WebhookPath = "/api/whatsapp";

    public const string SignatureHeader = "X-Hub-Signature-256";

    /// <summary>A text message's body.</summary>
    public const int MaxTextLength = 4096;

    /// <summary>The body of an interactive (buttons or list) message.</summary>
    public const int MaxInteractiveBody = 1024;

    public const int MaxReplyButtons = 3;

    public const int MaxButtonTitle = 20;

    public const int MaxButtonId = 256;

    /// <summary>Rows over all sections of one list message.</summary>
    public const int MaxListRows = 10;

    public const int MaxRowTitle = 24;

    public const int MaxRowDescription = 72;

    public const int MaxRowId = 200;

    /// <summary>The label of the button that opens a list.</summary>
    public const int MaxListButton = 20;

    public const int MaxCaption = 1024;

    /// <summary>A webhook body bigger than this is nothing Meta sends (a batch is a few kilobytes).</summary>
    public const int MaxUpdateBytes = 1024 * 1024;

    /// <summary>
    /// Three reply buttons, no topics, and outside the 24-hour customer-service window only approved templates.
    /// ButtonsPerRow is 1: WhatsApp stacks reply buttons under the message.
    /// </summary>
    public static readonly ChannelCapabilities Capabilities = new(Name, "WhatsApp", MaxTextLength, ButtonsPerRow: 1,
        GroupTopics: false, NeedsTemplatesOutsideWindow: true);
}
