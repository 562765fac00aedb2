namespace LatsarBot.Core.Coaching;

/// <summary>A class in scope: its participants and the staff who taught it in the online stage (coach candidates first).</summary>
public sealed record ClassToAssign(int ClassId, string Name, IReadOnlyList<ParticipantToAssign> Participants, IReadOnlyList<int> OnlineStaffIds);
