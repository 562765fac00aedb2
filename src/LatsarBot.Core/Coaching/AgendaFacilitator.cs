namespace LatsarBot.Core.Coaching;

/// <summary>An agenda and its facilitator; null when nobody qualified was found.</summary>
public sealed record AgendaFacilitator(string Agenda, int? StaffId);
