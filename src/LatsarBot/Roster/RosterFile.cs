using LatsarBot.Core.Participants;

namespace LatsarBot.Roster;

/// <summary>
/// The rows of a roster file, plus the rows whose layout is broken (more values than the header has
/// columns), keyed by line: their values cannot be trusted to sit in the right columns.
/// </summary>
public sealed record RosterFile(IReadOnlyList<RosterRow> Rows, IReadOnlyDictionary<int, RosterReason> LayoutProblems);
