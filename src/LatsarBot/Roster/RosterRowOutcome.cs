using LatsarBot.Core.Participants;

namespace LatsarBot.Roster;

/// <summary>What the import did (or, in a dry run, would do) with one row of the file.</summary>
public sealed record RosterRowOutcome(int Line, string? Nip, RosterRowStatus Status, IReadOnlyList<RosterReason> Reasons);

public enum RosterRowStatus
{
    Created,
    Updated,
    Unchanged,
    Rejected,
}
