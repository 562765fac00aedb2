namespace LatsarBot.Data.Coaching;

/// <summary>A thread past its deadline: whose, which coach, since when it waits and when it was due.</summary>
public sealed record OverdueThread(
    int ThreadId, int ParticipantId, string ParticipantName, int? Ndh, string ClassName, string CohortName,
    int? CoachId, string? CoachName, DateTimeOffset WaitingSince, DateTimeOffset DueAt);
