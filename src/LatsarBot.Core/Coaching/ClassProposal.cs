namespace LatsarBot.Core.Coaching;

/// <summary>One class of the proposal; <see cref="CoachesTaughtOnline"/> is false when it fell back to other coaches.</summary>
public sealed record ClassProposal(
    int ClassId,
    string Name,
    IReadOnlyList<AgendaFacilitator> Facilitators,
    IReadOnlyList<CoachGroup> Coaches,
    bool CoachesTaughtOnline);
