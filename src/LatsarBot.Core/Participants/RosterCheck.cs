namespace LatsarBot.Core.Participants;

/// <summary>A row and its verdict: a valid <see cref="Entry"/>, or the reasons it has none.</summary>
public sealed record RosterCheck(RosterRow Row, RosterEntry? Entry, IReadOnlyList<RosterReason> Reasons)
{
    public bool IsValid => Entry is not null;
}
