using LatsarBot.Bot.Dialogs;
using LatsarBot.Bot.Identity;
using LatsarBot.Bot.Pipeline;

namespace LatsarBot.Bot.Commands;

/// <summary>A command being handled: the stack it acts on, the command as typed, and where a fresh start begins.</summary>
public sealed record CommandTurn(DialogContext Dialogs, string Command, string RootDialogId)
{
    public Turn Turn => Dialogs.Turn;

    public TurnPerson? Person => Turn.Person;
}

public delegate Task CommandHandler(CommandTurn command, CancellationToken cancellationToken);
