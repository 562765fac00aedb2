namespace LatsarBot.Core.Coaching;

/// <summary>Someone who may coach; <see cref="OtherLoad"/> counts the participants they coach outside this run.</summary>
public sealed record CoachCandidate(int StaffId, string Name, int OtherLoad = 0);
