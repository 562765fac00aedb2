using LatsarBot.Core.Participants;

namespace LatsarBot.Core.Announcements;

/// <summary>
/// A broadcast by an organiser to a part of their institution. The row is the durable record of the organiser's
/// decision; the fan-out into outbox rows happens after the turn (or at <see cref="ScheduledFor"/>), keyed by
/// <see cref="Id"/>, so running it twice enqueues nothing twice.
/// </summary>
public class Announcement
{
    public int Id { get; set; }

    public int InstitutionId { get; set; }

    /// <summary>The organiser who wrote it in chat (who gets the delivery report); null when it came from the CLI.</summary>
    public int? AuthorId { get; set; }

    public AudienceKind Audience { get; set; }

    public int? CohortId { get; set; }

    public int? ClassId { get; set; }

    /// <summary>For <see cref="AudienceKind.Role"/>: participants, coaches or mentors.</summary>
    public Role? AudienceRole { get; set; }

    /// <summary>The audience in words ("Angkatan I / Kelas A"), as it was when the announcement was made.</summary>
    public required string AudienceLabel { get; set; }

    public required string Text { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When it is to go out; null for "now".</summary>
    public DateTimeOffset? ScheduledFor { get; set; }

    public AnnouncementStatus Status { get; set; }

    /// <summary>When the scheduler was given its trigger (a scheduled one); null until then.</summary>
    public DateTimeOffset? TriggerSetAt { get; set; }

    /// <summary>When the last fan-out finished putting rows in the outbox.</summary>
    public DateTimeOffset? FannedOutAt { get; set; }

    /// <summary>Recipients the last fan-out found no reachable chat for (they have no outbox row).</summary>
    public int UnreachableAtEnqueue { get; set; }

    public DateTimeOffset? CancelledAt { get; set; }

    /// <summary>When the author was sent the final report (once every row had an outcome).</summary>
    public DateTimeOffset? ReportedAt { get; set; }

    /// <summary>The outbox batch of its messages.</summary>
    public string Batch => BatchOf(Id);

    public static string BatchOf(int id) => $"announcement:{id}";

    public static string KeyOf(int id, int personId) => $"announcement:{id}:{personId}";
}

public enum AudienceKind
{
    All = 0,
    Cohort = 1,
    Class = 2,
    Role = 3,
}

public enum AnnouncementStatus
{
    /// <summary>Waiting for its set time.</summary>
    Scheduled = 0,

    /// <summary>Due: the fan-out has to (or is about to) put its rows in the outbox.</summary>
    Sending = 1,

    /// <summary>Fanned out; the dispatcher is delivering.</summary>
    Delivering = 2,

    /// <summary>Every row has an outcome.</summary>
    Completed = 3,

    Cancelled = 4,
}
