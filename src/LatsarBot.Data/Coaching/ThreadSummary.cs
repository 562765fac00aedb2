namespace LatsarBot.Data.Coaching;

/// <summary>One line of a coach's or mentor's list.</summary>
public sealed record ThreadSummary(
    int ParticipantId, string ParticipantName, int? Ndh, string ClassName, string? LastMessage, DateTimeOffset? LastMessageAt, DateTimeOffset? DueAt)
{
    public bool IsWaiting => DueAt is not null;

    public bool IsOverdue(DateTimeOffset now) => DueAt is { } due && due <= now;
}
