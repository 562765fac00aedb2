namespace LatsarBot.Core.Coaching;

/// <summary>One message of a coaching thread, kept whole: the relay to the other side is made from it.</summary>
public class ThreadMessage
{
    public int Id { get; set; }

    public int ThreadId { get; set; }

    /// <summary>Unique; the relay's outbox key is "thread:" + this, so a relay is written once whatever happens to the turn.</summary>
    public required string Key { get; set; }

    public int AuthorId { get; set; }

    public ThreadAuthor Author { get; set; }

    public required string Text { get; set; }

    public DateTimeOffset SentAt { get; set; }

    /// <summary>The log entry a coach commented on, when the message is such a comment.</summary>
    public int? LogEntryId { get; set; }
}

public enum ThreadAuthor
{
    Participant = 0,
    Coach = 1,
}
