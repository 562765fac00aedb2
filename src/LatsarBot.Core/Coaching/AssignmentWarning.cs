namespace LatsarBot.Core.Coaching;

/// <summary>Something the proposal could not satisfy, with the class and agenda it concerns.</summary>
public sealed record AssignmentWarning(AssignmentWarningKind Kind, int? ClassId = null, string? Agenda = null, LoadRange? Load = null);
