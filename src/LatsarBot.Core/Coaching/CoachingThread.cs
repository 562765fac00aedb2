namespace LatsarBot.Core.Coaching;

/// <summary>
/// The e-coaching conversation between a participant and their coach (DOMAIN.md A.8, Block A.2): one per
/// participant, whoever their coach is at the time, so a new coach reads what went before.
/// </summary>
public class CoachingThread
{
    public int Id { get; set; }

    public int ParticipantId { get; set; }

    public DateTimeOffset LastMessageAt { get; set; }

    /// <summary>When the oldest participant message the coach has not answered yet arrived; null when nothing waits.</summary>
    public DateTimeOffset? WaitingSince { get; set; }

    /// <summary>The coach's response deadline for that message (<see cref="ReplyDeadline"/>); null when nothing waits.</summary>
    public DateTimeOffset? DueAt { get; set; }

    public List<ThreadMessage> Messages { get; set; } = [];

    public bool IsOverdue(DateTimeOffset now) => DueAt is { } due && due <= now;
}
