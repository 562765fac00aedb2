using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Dialogs;
using LatsarBot.Bot.Pipeline;
using LatsarBot.Dialogs.Coaching;
using LatsarBot.Dialogs.Common;
using LatsarBot.Dialogs.Onboarding;

namespace LatsarBot.Dialogs;

/// <summary>
/// The bot's turn logic: global commands first (/start, /menu, /bantuan, /batal, /bahasa), then the
/// active dialog, or the right starting point: onboarding for a stranger, the menu for someone logged in.
/// </summary>
public sealed class LatsarTurnHandler(DialogSet dialogs, CurrentPerson currentPerson, CoachingRouter coaching) : ITurnHandler
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

        var command = CommandOf(turn.Activity);
        if (await coaching.TryHandleAsync(dc, currentPerson.Entity, command, cancellationToken))
        {
            return;
        }

        switch (command)
        {
            case "/start":
                dc.CancelAll();
                if (person is not null)
                {
                    turn.SendText(Msg.WelcomeBack, ("name", person.Name));
                }

                await dc.BeginAsync(root, null, cancellationToken);
                return;
            case "/menu" when person is not null:
                dc.CancelAll();
                await dc.BeginAsync(root, null, cancellationToken);
                return;
            case "/menu":
                turn.SendText(Msg.NeedLogin);
                await ContinueOrStartAsync(dc, root, reprompt: true, cancellationToken);
                return;
            case "/batal":
                dc.CancelAll();
                turn.SendText(person is null ? Msg.CancelledGuest : Msg.Cancelled);
                if (person is not null)
                {
                    await dc.BeginAsync(root, null, cancellationToken);
                }

                return;
            case "/bantuan" or "/help":
                turn.SendText(Msg.Help);
                await dc.RepromptAsync(cancellationToken);
                return;
            case "/progres" or "/progress" when person is { IsParticipant: true }:
                await dc.InterruptAsync(Mooc.ProgressDialog.DialogId, null, cancellationToken);
                return;
            case "/mooc" or "/belajar" when person is { IsParticipant: true }:
                dc.CancelAll();
                await dc.BeginAsync(Mooc.MoocDialog.DialogId, null, cancellationToken);
                return;
            case "/aktualisasi" or "/actualization" when person is { IsParticipant: true }:
                dc.CancelAll();
                await dc.BeginAsync(Actualization.ActualizationDialog.DialogId, null, cancellationToken);
                return;
            case "/laporan" or "/report" when person is { IsParticipant: true }:
                dc.CancelAll();
                await dc.BeginAsync(Actualization.ActualizationDialog.DialogId, Actualization.ActualizationDialog.ReportAction, cancellationToken);
                return;
            case "/jadwal" or "/schedule" when person is { IsParticipant: true }:
                await dc.InterruptAsync(Schedule.ScheduleDialog.DialogId, null, cancellationToken);
                return;
            case "/peringkat" when person is { IsParticipant: true }:
                await dc.InterruptAsync(Mooc.LeaderboardDialog.DialogId, null, cancellationToken);
                return;
            case "/penugasan" or "/assignment" when Coaching.AssignmentDialog.MayAssign(person):
                dc.CancelAll();
                await dc.BeginAsync(Coaching.AssignmentDialog.DialogId, null, cancellationToken);
                return;
            case "/penugasan" or "/assignment":
                // Not for them, said plainly; whatever they were doing goes on.
                turn.SendText(Coaching.CoachingMsg.OnlyOrganisers);
                await ContinueOrStartAsync(dc, root, reprompt: true, cancellationToken);
                return;
            case "/umumkan" or "/announce" when person is not null:
                await dc.InterruptAsync(Announcements.AnnouncementDialog.DialogId, Announcements.AnnouncementDialog.Compose, cancellationToken);
                return;
            case "/bahasa" or "/language":
                await dc.InterruptAsync(LanguageDialog.DialogId, null, cancellationToken);
                return;
            case not null:
                turn.SendText(Msg.Unsupported, ("command", command));
                await dc.RepromptAsync(cancellationToken);
                return;
        }

        await DialogManager.RunAsync(dc, root, cancellationToken);
    }

    private static async Task ContinueOrStartAsync(DialogContext dc, string root, bool reprompt, CancellationToken cancellationToken)
    {
        if (dc.Active is null)
        {
            await dc.BeginAsync(root, null, cancellationToken);
        }
        else if (reprompt)
        {
            await dc.RepromptAsync(cancellationToken);
        }
    }

    /// <summary>"/start abc" → "/start"; Telegram's "/menu@LatsarBot" → "/menu"; not a command → null.</summary>
    private static string? CommandOf(Activity activity)
    {
        if (activity.Value is not null || activity.Text is not { } text || !text.TrimStart().StartsWith('/'))
        {
            return null;
        }

        var word = text.Trim().Split(' ', 2)[0];
        var at = word.IndexOf('@');
        return (at > 0 ? word[..at] : word).ToLowerInvariant();
    }
}
