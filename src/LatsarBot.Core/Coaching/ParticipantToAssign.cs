namespace LatsarBot.Core.Coaching;

/// <summary>A participant to get a coach; the current coach is kept where the balanced counts allow.</summary>
public sealed record ParticipantToAssign(int Id, string? Nip, string Name, int? Ndh, int? CurrentCoachId);
