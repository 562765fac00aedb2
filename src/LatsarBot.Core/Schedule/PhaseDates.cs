namespace LatsarBot.Core.Schedule;

/// <summary>
/// The dates of one phase for a cohort, or for one class of it when <see cref="ClassId"/> is set (a class's dates
/// override the cohort's for that phase).
/// </summary>
public class PhaseDates
{
    public int Id { get; set; }

    public int CohortId { get; set; }

    public int? ClassId { get; set; }

    public Phase Phase { get; set; }

    public DateOnly From { get; set; }

    /// <summary>The last day, inclusive.</summary>
    public DateOnly To { get; set; }
}
