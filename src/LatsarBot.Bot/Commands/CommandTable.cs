using LatsarBot.Bot.Identity;

namespace LatsarBot.Bot.Commands;

/// <summary>
/// The bot's slash commands, read top to bottom: the first row whose name or alias matches and which allows the
/// speaker handles the command. A command may have several rows (one for those it is for, one that says no);
/// a command no row takes goes to the fallback.
/// </summary>
public sealed class CommandTable(CommandHandler fallback)
{
    private static readonly Func<TurnPerson?, bool> Anyone = _ => true;

    private readonly List<CommandRoute> _routes = [];

    public IReadOnlyList<CommandRoute> Routes => _routes;

    public CommandTable On(string name, CommandHandler handle, Func<TurnPerson?, bool>? allows = null) =>
        On([name], handle, allows);

    public CommandTable On(IReadOnlyList<string> names, CommandHandler handle, Func<TurnPerson?, bool>? allows = null)
    {
        ArgumentOutOfRangeException.ThrowIfZero(names.Count);
        _routes.Add(new CommandRoute(names, allows ?? Anyone, handle));
        return this;
    }

    public CommandRoute? Find(string command, TurnPerson? person) => _routes.FirstOrDefault(r => r.Matches(command, person));

    public Task RouteAsync(CommandTurn command, CancellationToken cancellationToken) =>
        (Find(command.Command, command.Person)?.Handle ?? fallback)(command, cancellationToken);
}
