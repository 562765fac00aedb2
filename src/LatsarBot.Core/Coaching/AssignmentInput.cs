namespace LatsarBot.Core.Coaching;

/// <summary>
/// Everything <see cref="TeachingAssignment.Propose"/> needs: the classes in scope, who may facilitate and who may
/// coach, and the agendas each class needs a facilitator for. Order does not matter; the proposal depends on ids only.
/// </summary>
public sealed record AssignmentInput
{
    public required IReadOnlyList<ClassToAssign> Classes { get; init; }

    public required IReadOnlyList<FacilitatorCandidate> Facilitators { get; init; }

    public required IReadOnlyList<CoachCandidate> Coaches { get; init; }

    public IReadOnlyList<string> Agendas { get; init; } = AgendaCodes.All;
}
