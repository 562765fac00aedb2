namespace LatsarBot.Core.Coaching;

/// <summary>A coach and the participants (ids, in roll order) they coach in one class.</summary>
public sealed record CoachGroup(int CoachId, IReadOnlyList<int> ParticipantIds);
