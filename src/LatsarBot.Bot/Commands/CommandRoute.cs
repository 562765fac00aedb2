using LatsarBot.Bot.Identity;

namespace LatsarBot.Bot.Commands;

/// <summary>One row of a <see cref="CommandTable"/>: the command and its aliases, who it is for, what it does.</summary>
public sealed record CommandRoute(IReadOnlyList<string> Names, Func<TurnPerson?, bool> Allows, CommandHandler Handle)
{
    public bool Matches(string command, TurnPerson? person) => Names.Contains(command, StringComparer.Ordinal) && Allows(person);

    /// <summary>Drops whatever runs and starts <paramref name="dialogId"/> afresh.</summary>
    public static CommandHandler Begin(string dialogId, object? options = null) =>
        async (command, cancellationToken) =>
        {
            command.Dialogs.CancelAll();
            await command.Dialogs.BeginAsync(dialogId, options, cancellationToken);
        };

    /// <summary>Runs <paramref name="dialogId"/> over whatever runs, which re-asks when it ends.</summary>
    public static CommandHandler Interrupt(string dialogId, object? options = null) =>
        (command, cancellationToken) => command.Dialogs.InterruptAsync(dialogId, options, cancellationToken);
}
