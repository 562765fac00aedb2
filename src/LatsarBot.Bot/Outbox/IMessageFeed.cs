using LatsarBot.Bot.Activities;

namespace LatsarBot.Bot.Outbox;

/// <summary>Messages of one conversation after a sequence number, for channels that are polled (web chat).</summary>
public interface IMessageFeed
{
    Task<IReadOnlyList<FeedMessage>> ReadAsync(ConversationKey conversation, long afterSequence, int max, CancellationToken cancellationToken);
}

/// <summary>A message of the feed; <see cref="Proactive"/> when the bot spoke first (reminder, coach reply).</summary>
public sealed record FeedMessage(long Sequence, Reply Reply, bool Proactive);
