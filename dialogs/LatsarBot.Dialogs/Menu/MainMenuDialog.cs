using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Dialogs;
using LatsarBot.Bot.Prompts;
using LatsarBot.Core.Participants;
using LatsarBot.Dialogs.Actualization;
using LatsarBot.Dialogs.Coaching;
using LatsarBot.Dialogs.Common;
using LatsarBot.Dialogs.Mooc;
using LatsarBot.Dialogs.Onboarding;

namespace LatsarBot.Dialogs;

/// <summary>The home of a logged-in person: buttons for everything they can do; after each, the menu comes back.</summary>
public sealed class MainMenuDialog : WaterfallDialog<MainMenuDialog.State>
{
    public const string DialogId = "menu";

    private const string Mooc = "mooc";
    private const string Progress = "progress";
    private const string Leaderboard = "leaderboard";
    private const string Actualization = "actualization";
    private const string Profile = "profile";
    private const string Language = "language";
    private const string Help = "help";
    private const string Assignment = "assignment";
    private const string Threads = "threads";
    private const string Schedule = "schedule";
    private const string Announcements = "announcements";
    private const string Accounts = "accounts";

    public override string Id => DialogId;

    public sealed class State;

    protected override IReadOnlyList<StepFunc> DefineSteps() => [ShowAsync, RouteAsync, LoopAsync];

    private async Task<DialogStatus> ShowAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        var person = step.Turn.Person;
        var participant = person is { IsParticipant: true };
        IEnumerable<ReplyButton> staff = person is { IsStaff: true } ? [step.Turn.Button(Learning.Coaching.ThreadMsg.MenuEntry, Threads)] : [];
        IEnumerable<ReplyButton> organising = person is { Role: Role.Organiser } ? [step.Turn.Button(Dialogs.Announcements.AnnouncementMsg.MenuEntry, Announcements)] : [];
        IEnumerable<ReplyButton> learning = participant
            ? [step.Turn.Button(MoocMsg.MenuMooc, Mooc), step.Turn.Button(MoocMsg.MenuProgress, Progress), step.Turn.Button(MoocMsg.MenuLeaderboard, Leaderboard), step.Turn.Button(ActualizationMsg.MenuEntry, Actualization), step.Turn.Button(Dialogs.Schedule.ScheduleMsg.MenuEntry, Schedule)]
            : [];
        return await step.PromptAsync(Prompts.Choice, new PromptOptions(step.Turn.Say(Msg.MenuTitle))
        {
            Choices =
            [
                .. learning,
                .. Coaching.AssignmentDialog.MayAssign(person) ? [step.Turn.Button(Coaching.CoachingMsg.MenuEntry, Assignment)] : Array.Empty<ReplyButton>(),
                .. staff,
                .. organising,
                step.Turn.Button(Msg.MenuProfile, Profile),
                step.Turn.Button(Account.AccountMsg.MenuEntry, Accounts),
                step.Turn.Button(Msg.MenuLanguage, Language),
                step.Turn.Button(Msg.MenuHelp, Help),
            ],
        }, cancellationToken);
    }

    private Task<DialogStatus> RouteAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        switch (step.ResultAs<string>())
        {
            case Mooc:
                return step.BeginAsync(MoocDialog.DialogId, null, cancellationToken);
            case Progress:
                return step.BeginAsync(ProgressDialog.DialogId, null, cancellationToken);
            case Leaderboard:
                return step.BeginAsync(LeaderboardDialog.DialogId, null, cancellationToken);
            case Actualization:
                return step.BeginAsync(ActualizationDialog.DialogId, null, cancellationToken);
            case Threads:
                return step.BeginAsync(Coaching.CoachingDialog.DialogId, null, cancellationToken);
            case Schedule:
                return step.BeginAsync(Dialogs.Schedule.ScheduleDialog.DialogId, null, cancellationToken);
            case Announcements:
                return step.BeginAsync(Dialogs.Announcements.AnnouncementDialog.DialogId, null, cancellationToken);
            case Profile:
                return step.BeginAsync(ProfileDialog.DialogId, null, cancellationToken);
            case Accounts:
                return step.BeginAsync(Account.AccountDialog.DialogId, null, cancellationToken);
            case Assignment:
                return step.BeginAsync(Coaching.AssignmentDialog.DialogId, null, cancellationToken);
            case Language:
                return step.BeginAsync(LanguageDialog.DialogId, null, cancellationToken);
            default:
                step.Turn.SendText(Msg.Help);
                return step.NextAsync(null, cancellationToken);
        }
    }

    private Task<DialogStatus> LoopAsync(WaterfallStep<State> step, CancellationToken cancellationToken) =>
        step.GoToAsync(ShowAsync, null, cancellationToken);
}
