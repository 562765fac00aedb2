using System.CommandLine;

namespace LatsarBot.Cli;

/// <summary>The executable's subcommands; with none, it serves the bot.</summary>
public static class LatsarCli
{
    // Read from the command tree itself: a hand-kept list once left out "export", and `export …` started the host.
    private static readonly string[] Names = [.. Root().Subcommands.Select(c => c.Name)];

    private static readonly HashSet<string> Commands = [.. Names, "--help", "-h", "-?"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.Contains(args[0]);

    /// <summary>The names of the subcommands.</summary>
    public static IReadOnlyList<string> CommandNames => Names;

    /// <param name="configuration">Where output and errors go; null: the process's console. Tests pass their own writers.</param>
    public static Task<int> RunAsync(string[] args, InvocationConfiguration? configuration = null) =>
        Root().Parse(args).InvokeAsync(configuration);

    private static RootCommand Root() =>
        new("LatsarBot: the Latsar CPNS training companion. With no command, serves the bot.")
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
}
