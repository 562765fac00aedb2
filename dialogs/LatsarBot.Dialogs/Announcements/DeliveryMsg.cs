using LatsarBot.Bot.Messages;
using LatsarBot.Core.Participants;

namespace LatsarBot.Dialogs.Announcements;

/// <summary>Message keys of delivery across channels (content/messages/delivery.*.yaml).</summary>
[MessageKeys]
public static class DeliveryMsg
{
    public const string SentBy = "delivery.sent_by";
    public const string Recipient = "delivery.recipient";
    public const string Try = "delivery.try";
    public const string ChannelWhatsApp = "channel.name.whatsapp";
    public const string ChannelTelegram = "channel.name.telegram";
    public const string ChannelWebChat = "channel.name.webchat";

    /// <summary>A channel as people call it; one without a name of its own (the terminal chat) shows its id.</summary>
    public static string ChannelName(MessageCatalog messages, Language language, string channel) => channel switch
    {
        "whatsapp" => messages.Text(language, ChannelWhatsApp),
        "telegram" => messages.Text(language, ChannelTelegram),
        "webchat" => messages.Text(language, ChannelWebChat),
        _ => channel,
    };
}
