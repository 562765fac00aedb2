using LatsarBot.Bot.Storage;

namespace LatsarBot.Bot.Pipeline;

/// <summary>The replies of a turn as committed; <see cref="Replayed"/> when the activity had been handled before.</summary>
public sealed record TurnOutcome(IReadOnlyList<StoredReply> Replies, bool Replayed);
