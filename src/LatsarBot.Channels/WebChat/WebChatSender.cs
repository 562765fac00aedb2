using LatsarBot.Bot.Outbox;

namespace LatsarBot.Channels.WebChat;

/// <summary>
/// The web chat has no push: the page reads its conversation's outbox rows through the feed. Delivering
/// a row therefore means only marking it as handed over.
/// </summary>
public sealed class WebChatSender : IOutboxSender
{
    public string Channel => WebChatMapper.Channel;

    public bool DeliveredOnCommit => true;

    public Task<SendOutcome> SendAsync(OutgoingMessage message, CancellationToken cancellationToken) =>
        Task.FromResult(SendOutcome.Sent);
}
