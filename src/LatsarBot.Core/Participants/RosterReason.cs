namespace LatsarBot.Core.Participants;

/// <summary>Why a roster row was rejected: a stable rule id (see <see cref="RosterRules"/>) and a sentence for the organiser.</summary>
public sealed record RosterReason(string Rule, string Message)
{
    public override string ToString() => $"{Rule}: {Message}";
}
