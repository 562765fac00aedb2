namespace LatsarBot.Retention;

/// <summary>
/// The "Retention" section: how long each kind of record is kept (a period left out is kept for ever), when the nightly
/// run starts, how many rows it removes per statement, and what an erasure does with a person's scores.
/// </summary>
public sealed class RetentionOptions
{
    /// <summary>Conversation state (the bot's memory of a chat) not touched for this long, once none of its messages are left.</summary>
    public TimeSpan? ConversationState { get; set; }

    /// <summary>Outbox rows (what was said to people) that reached an end (sent, failed, cancelled) this long ago.</summary>
    public TimeSpan? OutboxPayloads { get; set; }

    /// <summary>Inbound ledger rows (the ids of handled messages) older than this, once no outbox row refers to them.</summary>
    public TimeSpan? InboundLedger { get; set; }

    /// <summary>Generated draft reports (their token folders, so their links stop working) older than this.</summary>
    public TimeSpan? ReportFiles { get; set; }

    /// <summary>Partial evidence downloads a crash left in the store's tmp/ folder older than this.</summary>
    public TimeSpan? InterruptedDownloads { get; set; }

    /// <summary>
    /// Evidence files and their rows this long after the participant's cohort ended. Graduation is not recorded yet, so
    /// "ended" is the last day of the cohort's (or the class's) phase calendar; a cohort without a calendar keeps them.
    /// </summary>
    public TimeSpan? EvidenceAfterCohortEnd { get; set; }

    /// <summary>Local time (WIB) of the nightly run.</summary>
    public TimeOnly NightlyAt { get; set; } = new(2, 0);

    /// <summary>Rows removed per statement, so a long backlog never holds one long lock.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>What an erasure does with the person's MOOC and post-test scores.</summary>
    public ErasedScores ErasedScores { get; set; } = ErasedScores.Pseudonymised;
}

public enum ErasedScores
{
    /// <summary>Kept under the pseudonym that replaces the name, for the institution's records.</summary>
    Pseudonymised,

    /// <summary>Deleted with the rest.</summary>
    Deleted,
}
