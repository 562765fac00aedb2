using System.CommandLine;

namespace LatsarBot.Cli;

/// <summary>`participants …`: roster management.</summary>
public static class ParticipantsCommands
{
    public static Command Build() => new("participants", "Manage the participant roster.");
}
