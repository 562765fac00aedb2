using LatsarBot.Core.Participants;

namespace LatsarBot.Learning.Coaching;

/// <summary>What a relay did: to whom, the deadline it set (participant messages), and whether the recipient has a chat to receive it.</summary>
public sealed record RelayResult(StaffMember Coach, DateTimeOffset? DueAt, bool Reached);
