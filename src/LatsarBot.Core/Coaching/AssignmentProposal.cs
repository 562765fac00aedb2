namespace LatsarBot.Core.Coaching;

/// <summary>
/// What <see cref="TeachingAssignment.Propose"/> suggests: per class, a facilitator per agenda and the coaches with
/// their participants; the load spread; and everything it could not satisfy.
/// </summary>
public sealed record AssignmentProposal(
    IReadOnlyList<ClassProposal> Classes,
    IReadOnlyList<AssignmentWarning> Warnings,
    LoadRange? CoachLoad,
    LoadRange? FacilitatorLoad)
{
    /// <summary>Every participant given a coach, by participant id.</summary>
    public IEnumerable<(int ParticipantId, int CoachId)> CoachOfParticipants =>
        Classes.SelectMany(c => c.Coaches).SelectMany(g => g.ParticipantIds.Select(p => (p, g.CoachId)));
}
