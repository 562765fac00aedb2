namespace LatsarBot.Core.Coaching;

/// <summary>
/// A class in scope: its participants, the staff who taught it in the online stage (coach candidates first), and the
/// facilitators it has today (kept where the balance allows).
/// </summary>
public sealed record ClassToAssign(int ClassId, string Name, IReadOnlyList<ParticipantToAssign> Participants, IReadOnlyList<int> OnlineStaffIds)
{
    public IReadOnlyList<AgendaFacilitator> CurrentFacilitators { get; init; } = [];
}
