using LatsarBot.Core.Participants;

namespace LatsarBot.Core.Actualization;

/// <summary>
/// A plan row that passed every rule: the participant it is for, the activity it plans and the mentor it names.
/// A row may carry the mentor alone (no activity), never neither.
/// </summary>
public sealed record PlanEntry
{
    public required int Line { get; init; }

    /// <summary>A participant of the cohort being imported.</summary>
    public required Nip Nip { get; init; }

    public PlanEntryActivity? Activity { get; init; }

    public PlanEntryMentor? Mentor { get; init; }
}
