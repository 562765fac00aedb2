namespace LatsarBot.Core.Participants;

/// <summary>A kelas within a cohort, about 40 participants.</summary>
public class TrainingClass
{
    public int Id { get; set; }

    public int CohortId { get; set; }

    public Cohort? Cohort { get; set; }

    /// <summary>E.g. "Kelas A".</summary>
    public required string Name { get; set; }
}
