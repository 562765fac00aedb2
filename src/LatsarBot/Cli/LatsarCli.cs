using System.CommandLine;

namespace LatsarBot.Cli;

/// <summary>The executable's subcommands; with none, it serves the bot.</summary>
public static class LatsarCli
{
    private static readonly HashSet<string> Commands = ["content", "participants", "chat", "mooc", "actualization", "coaching", "staff", "calendar", "announce", "simulate", "console", "person", "retention", "--help", "-h", "-?"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.Contains(args[0]);

    /// <param name="configuration">Where output and errors go; null: the process's console. Tests pass their own writers.</param>
    public static Task<int> RunAsync(string[] args, InvocationConfiguration? configuration = null)
    {
        var root = new RootCommand("LatsarBot: the Latsar CPNS training companion. With no command, serves the bot.")
        {
            ContentCommands.Build(),
            ParticipantsCommands.Build(),
            ChatCommand.Build(),
            MoocCommands.Build(),
            ActualizationCommands.Build(),
            CoachingCommands.Build(),
            StaffCommands.Build(),
            CalendarCommands.Build(),
            AnnounceCommands.Build(),
            SimulateCommands.Build(),
            ConsoleCommands.Build(),
            ExportCommands.Build(),
            PersonCommands.Build(),
            RetentionCommands.Build(),
        };
        return root.Parse(args).InvokeAsync(configuration);
    }
}
