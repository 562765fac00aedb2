using LatsarBot.Core.Actualization;

namespace LatsarBot.Learning.Actualization.Report;

/// <summary>Everything the draft report is compiled from, read in one go from the database.</summary>
public sealed record DraftReportData(
    string Name,
    string? Nip,
    string? Agency,
    DateOnly Start,
    int Day,
    DateOnly Compiled,
    IReadOnlyList<PlannedActivity> Activities,
    IReadOnlyList<LogEntry> Entries,
    FollowUpPlan? FollowUp);
