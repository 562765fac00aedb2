namespace LatsarBot.Core.Actualization;

/// <summary>One line of the catatan pelaksanaan aktualisasi (DOMAIN.md A.8, Block A.4): what was done on a day of the 30.</summary>
public class LogEntry
{
    public int Id { get; set; }

    public int ParticipantId { get; set; }

    /// <summary>The participant's local calendar date when it was logged.</summary>
    public DateOnly Date { get; set; }

    /// <summary>1–30, kept so a later change of the start date does not silently renumber what was reported.</summary>
    public int DayNumber { get; set; }

    public int PlannedActivityId { get; set; }

    public PlannedActivity? PlannedActivity { get; set; }

    public required string WhatWasDone { get; set; }

    public BerAkhlakValues Values { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? EditedAt { get; set; }

    public List<Evidence> Evidence { get; set; } = [];
}
