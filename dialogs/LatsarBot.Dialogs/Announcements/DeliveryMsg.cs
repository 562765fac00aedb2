namespace LatsarBot.Dialogs.Announcements;

/// <summary>Message keys of delivery across channels (content/messages/delivery.*.yaml); channels are named by <see cref="Bot.Channels.ChannelDirectory"/>.</summary>
[Bot.Messages.MessageKeys]
public static class DeliveryMsg
{
    public const string SentBy = "delivery.sent_by";
    public const string Recipient = "delivery.recipient";
    public const string Try = "delivery.try";
}
