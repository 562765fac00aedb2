namespace LatsarBot.Core.Actualization;

/// <summary>
/// What the database knows that the plan rules need, loaded by the import before it checks a row. Handed in as
/// data so that every rule lives in <see cref="PlanValidator"/> and a row's reasons keep one order.
/// </summary>
public sealed record PlanFacts
{
    /// <summary>The cohort's name as stored, for the sentences.</summary>
    public required string Cohort { get; init; }

    /// <summary>The NIPs of the cohort's participants: a row must be for one of them.</summary>
    public required IReadOnlySet<string> CohortNips { get; init; }

    /// <summary>NIPs someone already holds, anywhere (at least those the file names as mentors): such a mentor needs no name.</summary>
    public required IReadOnlySet<string> KnownNips { get; init; }

    /// <summary>Those of <see cref="KnownNips"/> a participant holds: a participant cannot be a mentor.</summary>
    public required IReadOnlySet<string> ParticipantNips { get; init; }
}
