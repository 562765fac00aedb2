using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Commands;
using LatsarBot.Bot.Dialogs;
using LatsarBot.Bot.Pipeline;
using LatsarBot.Dialogs.Coaching;
using LatsarBot.Dialogs.Common;
using LatsarBot.Dialogs.Onboarding;
using LatsarBot.Learning.Participants;

namespace LatsarBot.Dialogs;

/// <summary>
/// The bot's turn logic: coaching's own traffic, then the slash commands (<see cref="LatsarCommands"/>), then the
/// active dialog, or the right starting point: onboarding for a stranger, the menu for someone logged in.
/// </summary>
public sealed class LatsarTurnHandler(DialogSet dialogs, CommandTable commands, CurrentPerson currentPerson, CoachingRouter coaching) : ITurnHandler
{
    public async Task HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        var person = turn.Person;
        var dc = new DialogContext(turn, dialogs);
        var root = person is null ? OnboardingDialog.DialogId : MainMenuDialog.DialogId;
        if (turn.Activity.Type != ActivityType.Message)
        {
            // Opening the chat greets a newcomer once; other events need no answer.
            if (turn.Activity.Type == ActivityType.ConversationUpdate && dc.Active is null)
            {
                await dc.BeginAsync(root, null, cancellationToken);
            }

            return;
        }

        var command = SlashCommand.Of(turn.Activity);
        if (await coaching.TryHandleAsync(dc, currentPerson.Entity, command, cancellationToken))
        {
            return;
        }

        if (command is not null)
        {
            await commands.RouteAsync(new CommandTurn(dc, command, root), cancellationToken);
            return;
        }

        await DialogManager.RunAsync(dc, root, cancellationToken);
    }
}
