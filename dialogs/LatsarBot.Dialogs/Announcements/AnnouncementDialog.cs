using LatsarBot.Bot.Dialogs;
using LatsarBot.Bot.Prompts;
using LatsarBot.Core.Participants;
using LatsarBot.Dialogs.Common;
using LatsarBot.Learning.Participants;

namespace LatsarBot.Dialogs.Announcements;

/// <summary>
/// An organiser's announcements ("📢 Pengumuman", /umumkan): a new one (<see cref="AnnouncementComposeDialog"/>:
/// audience, text, preview, Kirim / Jadwalkan / Batal) or the delivery reports of earlier ones, where a scheduled or
/// running one can be withdrawn (<see cref="AnnouncementReportsDialog"/>). The turn only records the decision; the
/// fan-out runs afterwards (the host's AnnouncementFanOut), so the organiser is answered at once.
/// </summary>
public sealed class AnnouncementDialog(CurrentPerson currentPerson) : WaterfallDialog<AnnouncementDialog.State>
{
    public const string DialogId = "announce";

    /// <summary>Begin option that goes straight to a new announcement (/umumkan).</summary>
    public const string Compose = "new";

    /// <summary>The home's "main menu" button, and what a child ends with when the organiser is done.</summary>
    public const string Back = "back";

    /// <summary>What the reports end with to show this home again.</summary>
    public const string Home = "home";

    public override string Id => DialogId;

    /// <summary>2: composing and the reports became child dialogs (a saved version 1 restarts cleanly).</summary>
    public override int Version => 2;

    public sealed class State;

    protected override IReadOnlyList<StepFunc> DefineSteps() => [StartAsync, DispatchAsync, RedispatchAsync];

    private static readonly MenuRoutes<WaterfallStep<State>> Routes = new MenuRoutes<WaterfallStep<State>>(HomeAsync)
        .On(Compose, (step, ct) => step.BeginAsync(AnnouncementComposeDialog.DialogId, null, ct))
        .On(AnnouncementReportsDialog.List, (step, ct) => step.BeginAsync(AnnouncementReportsDialog.DialogId, null, ct))
        .On(Back, (step, ct) => step.EndAsync(null, ct));

    /// <summary>Whether the speaker may announce: an organiser. The children ask it on every turn too.</summary>
    public static StaffMember? Organiser(CurrentPerson person) =>
        person.Entity is StaffMember { StaffRole: Role.Organiser } organiser ? organiser : null;

    private async Task<DialogStatus> StartAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        if (Organiser(currentPerson) is null)
        {
            step.Turn.SendText(AnnouncementMsg.OnlyOrganisers);
            return await step.EndAsync(null, cancellationToken);
        }

        return await step.GoToAsync(DispatchAsync, step.Result as string == Compose ? Compose : Home, cancellationToken);
    }

    private Task<DialogStatus> DispatchAsync(WaterfallStep<State> step, CancellationToken cancellationToken) =>
        Routes.RouteAsync(step, step.Result as string, cancellationToken);

    /// <summary>A button pressed at the home, or what a child ended with.</summary>
    private Task<DialogStatus> RedispatchAsync(WaterfallStep<State> step, CancellationToken cancellationToken) =>
        step.GoToAsync(DispatchAsync, step.Result, cancellationToken);

    private static Task<DialogStatus> HomeAsync(WaterfallStep<State> step, CancellationToken cancellationToken) =>
        step.PromptAsync(Prompts.Choice, new PromptOptions(step.Turn.Say(AnnouncementMsg.Home))
        {
            Choices =
            [
                step.Turn.Button(AnnouncementMsg.ButtonNew, Compose),
                step.Turn.Button(AnnouncementMsg.ButtonReports, AnnouncementReportsDialog.List),
                step.Turn.Button(AnnouncementMsg.ButtonMainMenu, Back),
            ],
        }, cancellationToken);
}
