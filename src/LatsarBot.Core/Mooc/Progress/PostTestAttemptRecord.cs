namespace LatsarBot.Core.Mooc.Progress;

/// <summary>
/// One post-test attempt as the server holds it: what was drawn (items and option order), what was
/// answered, and the outcome. Kept for audit, never deleted; the answer key never leaves the server.
/// </summary>
public class PostTestAttemptRecord
{
    public long Id { get; set; }

    public int ParticipantId { get; set; }

    /// <summary>1 for the first attempt; drives the score cap (AMB-10).</summary>
    public int Number { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    /// <summary>When the attempt stops accepting answers; null when there is no time limit.</summary>
    public DateTimeOffset? DeadlineAt { get; set; }

    /// <summary>The drawn questions: JSON list of { itemId, category, optionIds (shown order) }.</summary>
    public required string ItemsJson { get; set; }

    /// <summary>JSON list of chosen option ids, by question index.</summary>
    public string AnswersJson { get; set; } = "[]";

    public DateTimeOffset? FinishedAt { get; set; }

    public PostTestAttemptStatus Status { get; set; }

    public decimal? RawScore { get; set; }

    public bool Passed { get; set; }

    /// <summary>The raw score after the attempt cap: what counts as the academic score.</summary>
    public decimal? RecordedScore { get; set; }
}

public enum PostTestAttemptStatus
{
    InProgress,
    Finished,

    /// <summary>Left unfinished past its time limit; counts as an attempt (configurable).</summary>
    Abandoned,
}
