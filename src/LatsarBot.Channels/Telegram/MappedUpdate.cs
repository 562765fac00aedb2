using LatsarBot.Bot.Activities;

namespace LatsarBot.Channels.Telegram;

/// <summary>
/// What one Telegram update asks of us: a turn to run (<see cref="Activity"/>), a callback query to
/// acknowledge, a poll answer to resolve to the option's value, or a chat the bot was removed from.
/// Everything null means the update is ignored on purpose (an edit, a channel post, a service message).
/// </summary>
public sealed record MappedUpdate
{
    public static MappedUpdate Ignored { get; } = new();

    public Activity? Activity { get; init; }

    /// <summary>To be answered with answerCallbackQuery, or the person's client spins.</summary>
    public string? CallbackQueryId { get; init; }

    /// <summary>Set for poll_answer: the activity's value must be looked up from the poll sent earlier.</summary>
    public PollVote? Vote { get; init; }

    /// <summary>The forum topic (message_thread_id) a group message was written in; resolved to our thread key by the handler.</summary>
    public int? TopicId { get; init; }

    /// <summary>The message this one answers (reply_to_message), outside topics; a relayed message's id names its thread.</summary>
    public int? ReplyToMessageId { get; init; }

    /// <summary>The chat whose member status says the bot was blocked or removed.</summary>
    public long? RemovedFromChat { get; init; }
}

/// <summary>A vote in a poll the bot sent: which poll, which option (the first, for single-answer quizzes).</summary>
public sealed record PollVote(string PollId, int Option);
