namespace LatsarBot.Core.Participants;

/// <summary>An angkatan: one run of Latsar at one institution.</summary>
public class Cohort
{
    public int Id { get; set; }

    public int InstitutionId { get; set; }

    public Institution? Institution { get; set; }

    /// <summary>E.g. "Angkatan XXV 2026".</summary>
    public required string Name { get; set; }

    public List<TrainingClass> Classes { get; set; } = [];
}
