using System.Linq.Expressions;
using LatsarBot.Core.Participants;

namespace LatsarBot.Core.Announcements;

/// <summary>
/// A broadcast by an organiser to a part of their institution. The row is the durable record of the organiser's
/// decision; the fan-out into outbox rows happens after the turn (or at <see cref="ScheduledFor"/>), keyed by
/// <see cref="Id"/>, so running it twice enqueues nothing twice. Its life is a few transitions, each a method here that
/// the chat, the CLI and the fan-out all call: <see cref="SendNow"/> or <see cref="Schedule"/> a draft, <see cref="IsDue"/>
/// to fan out and <see cref="MarkFannedOut"/> after, <see cref="TryWithdraw"/> while it may still go out, <see cref="Close"/> once its author has the report.
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
    public DateTimeOffset? ScheduledFor { get; private set; }

    /// <summary>A new one is a draft until it is sent or scheduled; a draft is never stored.</summary>
    public AnnouncementStatus Status { get; private set; } = AnnouncementStatus.Draft;

    /// <summary>When the scheduler was given its trigger (a scheduled one); null until then.</summary>
    public DateTimeOffset? TriggerSetAt { get; set; }

    /// <summary>When the last fan-out finished putting rows in the outbox.</summary>
    public DateTimeOffset? FannedOutAt { get; set; }

    /// <summary>Recipients the last fan-out found no reachable chat for (they have no outbox row).</summary>
    public int UnreachableAtEnqueue { get; set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    /// <summary>When the author was sent the final report (once every row had an outcome).</summary>
    public DateTimeOffset? ReportedAt { get; private set; }

    /// <summary>The outbox batch of its messages.</summary>
    public string Batch => BatchOf(Id);

    public static string BatchOf(int id) => $"announcement:{id}";

    /// <summary>The announcement a batch (<see cref="BatchOf"/>) belongs to, or null for another writer's batch.</summary>
    public static int? IdOfBatch(string? batch) =>
        batch is not null && batch.StartsWith("announcement:", StringComparison.Ordinal)
        && int.TryParse(batch.AsSpan("announcement:".Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? id
            : null;

    public static string KeyOf(int id, int personId) => $"announcement:{id}:{personId}";

    /// <summary>
    /// The ones that may still go out, so may be withdrawn, as a query: a store applies a withdrawal only to a row still
    /// in this state, since the fan-out may have moved it on since it was read.
    /// </summary>
    public static readonly Expression<Func<Announcement, bool>> Withdrawable = a =>
        a.Status == AnnouncementStatus.Scheduled || a.Status == AnnouncementStatus.Sending || a.Status == AnnouncementStatus.Delivering;

    /// <summary>The ones neither finished nor cancelled, as a query (the fan-out's "may I still mark it delivering?").</summary>
    public static readonly Expression<Func<Announcement, bool>> Open = a =>
        a.Status != AnnouncementStatus.Cancelled && a.Status != AnnouncementStatus.Completed;

    private static readonly Func<Announcement, bool> IsWithdrawableNow = Withdrawable.Compile();

    private static readonly Func<Announcement, bool> IsOpenNow = Open.Compile();

    /// <summary>Whether it may still go out, so be withdrawn: scheduled, due or being delivered.</summary>
    public bool IsWithdrawable => IsWithdrawableNow(this);

    /// <summary>Finished or cancelled: nothing of it is sent any more.</summary>
    public bool HasEnded => !IsOpenNow(this);

    /// <summary>Only a time still to come can be set; "now" is <see cref="SendNow"/>.</summary>
    public static bool CanScheduleFor(DateTimeOffset at, DateTimeOffset now) => at > now;

    /// <summary>The draft goes out as soon as its turn (or the CLI's save) is committed.</summary>
    public void SendNow()
    {
        EnsureDraft();
        (Status, ScheduledFor) = (AnnouncementStatus.Sending, null);
    }

    /// <summary>The draft goes out at <paramref name="at"/>, which must still be to come.</summary>
    public void Schedule(DateTimeOffset at, DateTimeOffset now)
    {
        EnsureDraft();
        if (!CanScheduleFor(at, now))
        {
            throw new AnnouncementRuleException($"An announcement cannot be scheduled for {at:O}: that is not after {now:O}.");
        }

        (Status, ScheduledFor) = (AnnouncementStatus.Scheduled, at);
    }

    /// <summary>
    /// Whether the fan-out should enqueue it now: released, not ended, and not a scheduled one before its time. <paramref name="fired"/>:
    /// its trigger fired, so it is due whatever this clock says (the scheduler keeps its own time).
    /// </summary>
    public bool IsDue(DateTimeOffset now, bool fired) =>
        Status != AnnouncementStatus.Draft && !HasEnded && !(Status == AnnouncementStatus.Scheduled && !fired && ScheduledFor > now);

    /// <summary>Its rows are in the outbox (<paramref name="unreachable"/> recipients had no reachable chat): delivering from now on.</summary>
    public void MarkFannedOut(DateTimeOffset now, int unreachable)
    {
        if (HasEnded || Status == AnnouncementStatus.Draft)
        {
            throw new AnnouncementRuleException($"Announcement {Id} cannot be fanned out while {Status}.");
        }

        (Status, FannedOutAt, UnreachableAtEnqueue) = (AnnouncementStatus.Delivering, now, unreachable);
    }

    /// <summary>Cancels it while it may still go out (nothing more is enqueued; unsent rows are withdrawn); false when it has ended.</summary>
    public bool TryWithdraw(DateTimeOffset now)
    {
        if (!IsWithdrawable)
        {
            return false;
        }

        (Status, CancelledAt) = (AnnouncementStatus.Cancelled, now);
        return true;
    }

    /// <summary>Its author has the final report: a delivering one is completed, a cancelled one stays cancelled.</summary>
    public void Close(DateTimeOffset now)
    {
        if (Status is not (AnnouncementStatus.Delivering or AnnouncementStatus.Cancelled) || ReportedAt is not null)
        {
            throw new AnnouncementRuleException($"Announcement {Id} cannot be closed while {Status}{(ReportedAt is null ? "" : ", reported")}.");
        }

        (Status, ReportedAt) = (Status == AnnouncementStatus.Cancelled ? AnnouncementStatus.Cancelled : AnnouncementStatus.Completed, now);
    }

    private void EnsureDraft()
    {
        if (Status != AnnouncementStatus.Draft)
        {
            throw new AnnouncementRuleException($"Announcement {Id} was sent or scheduled already ({Status}).");
        }
    }
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

    /// <summary>Being written: not yet sent or scheduled (never stored).</summary>
    Draft = 5,
}
