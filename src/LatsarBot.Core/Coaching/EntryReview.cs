namespace LatsarBot.Core.Coaching;

/// <summary>A coach's "reviewed" or a mentor's "diketahui" on one log entry; at most one of each kind per entry.</summary>
public class EntryReview
{
    public int Id { get; set; }

    public int LogEntryId { get; set; }

    public EntryReviewKind Kind { get; set; }

    public int ReviewerId { get; set; }

    public DateTimeOffset At { get; set; }
}

public enum EntryReviewKind
{
    /// <summary>The coach has read the entry and marked it reviewed.</summary>
    CoachReviewed = 0,

    /// <summary>The mentor (direct superior) acknowledged it: "Diketahui mentor".</summary>
    MentorAcknowledged = 1,
}
