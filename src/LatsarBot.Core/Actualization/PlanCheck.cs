using LatsarBot.Core.Participants;

namespace LatsarBot.Core.Actualization;

/// <summary>A plan row and its verdict: a valid <see cref="Entry"/>, or the reasons it has none.</summary>
public sealed record PlanCheck(PlanRow Row, PlanEntry? Entry, IReadOnlyList<RosterReason> Reasons)
{
    public bool IsValid => Entry is not null;
}
