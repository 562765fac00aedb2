using LatsarBot.Bot.Commands;
using LatsarBot.Bot.Dialogs;
using LatsarBot.Bot.Identity;
using LatsarBot.Dialogs.Actualization;
using LatsarBot.Dialogs.Announcements;
using LatsarBot.Dialogs.Coaching;
using LatsarBot.Dialogs.Common;
using LatsarBot.Dialogs.Mooc;
using LatsarBot.Dialogs.Schedule;

namespace LatsarBot.Dialogs;

/// <summary>
/// The slash commands (/start, /menu, /bantuan, /batal, /bahasa, the feature shortcuts). A shortcut that is not for
/// the speaker has no row of its own, so it answers like an unknown command; /menu and /penugasan say why instead.
/// /coach is coaching's (<see cref="CoachingRouter"/>), looked at before this table.
/// </summary>
public static class LatsarCommands
{
    public static CommandTable Table { get; } = new CommandTable(UnsupportedAsync)
        .On("/start", StartAsync)
        .On("/menu", CommandRoute.Begin(MainMenuDialog.DialogId), LoggedIn)
        .On("/menu", NeedLoginAsync)
        .On("/batal", CancelAsync)
        .On(["/bantuan", "/help"], HelpAsync)
        .On(["/progres", "/progress"], CommandRoute.Interrupt(ProgressDialog.DialogId), Participant)
        .On(["/mooc", "/belajar"], CommandRoute.Begin(MoocDialog.DialogId), Participant)
        .On(["/aktualisasi", "/actualization"], CommandRoute.Begin(ActualizationDialog.DialogId), Participant)
        .On(["/laporan", "/report"], CommandRoute.Begin(ActualizationDialog.DialogId, ActualizationDialog.ReportAction), Participant)
        .On(["/jadwal", "/schedule"], CommandRoute.Interrupt(ScheduleDialog.DialogId), Participant)
        .On("/peringkat", CommandRoute.Interrupt(LeaderboardDialog.DialogId), Participant)
        .On(["/penugasan", "/assignment"], CommandRoute.Begin(AssignmentDialog.DialogId), AssignmentDialog.MayAssign)
        .On(["/penugasan", "/assignment"], OnlyOrganisersAsync)
        .On(["/umumkan", "/announce"], CommandRoute.Interrupt(AnnouncementDialog.DialogId, AnnouncementDialog.Compose), LoggedIn)
        .On(["/akun", "/account"], CommandRoute.Begin(Account.AccountDialog.DialogId), LoggedIn)
        .On(["/akun", "/account"], NeedLoginAsync)
        .On(["/bahasa", "/language"], CommandRoute.Interrupt(LanguageDialog.DialogId));

    private static bool LoggedIn(TurnPerson? person) => person is not null;

    private static bool Participant(TurnPerson? person) => person is { IsParticipant: true };

    private static async Task StartAsync(CommandTurn command, CancellationToken cancellationToken)
    {
        command.Dialogs.CancelAll();
        if (command.Person is { } person)
        {
            command.Turn.SendText(Msg.WelcomeBack, ("name", person.Name));
        }

        await command.Dialogs.BeginAsync(command.RootDialogId, null, cancellationToken);
    }

    private static async Task NeedLoginAsync(CommandTurn command, CancellationToken cancellationToken)
    {
        command.Turn.SendText(Msg.NeedLogin);
        await ContinueOrStartAsync(command, cancellationToken);
    }

    private static async Task CancelAsync(CommandTurn command, CancellationToken cancellationToken)
    {
        command.Dialogs.CancelAll();
        command.Turn.SendText(command.Person is null ? Msg.CancelledGuest : Msg.Cancelled);
        if (command.Person is not null)
        {
            await command.Dialogs.BeginAsync(command.RootDialogId, null, cancellationToken);
        }
    }

    private static async Task HelpAsync(CommandTurn command, CancellationToken cancellationToken)
    {
        command.Turn.SendText(Msg.Help);
        await command.Dialogs.RepromptAsync(cancellationToken);
    }

    private static async Task OnlyOrganisersAsync(CommandTurn command, CancellationToken cancellationToken)
    {
        // Not for them, said plainly; whatever they were doing goes on.
        command.Turn.SendText(CoachingMsg.OnlyOrganisers);
        await ContinueOrStartAsync(command, cancellationToken);
    }

    private static async Task UnsupportedAsync(CommandTurn command, CancellationToken cancellationToken)
    {
        command.Turn.SendText(Msg.Unsupported, ("command", command.Command));
        await command.Dialogs.RepromptAsync(cancellationToken);
    }

    private static async Task ContinueOrStartAsync(CommandTurn command, CancellationToken cancellationToken)
    {
        if (command.Dialogs.Active is null)
        {
            await command.Dialogs.BeginAsync(command.RootDialogId, null, cancellationToken);
        }
        else
        {
            await command.Dialogs.RepromptAsync(cancellationToken);
        }
    }
}
