namespace LatsarBot.Core.Actualization;

/// <summary>The planned activity of a valid plan row, trimmed with inner whitespace collapsed.</summary>
public sealed record PlanEntryActivity(string Title, string ExpectedOutput, BerAkhlakValues Values, string? MissionLink);
