using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Dialogs;
using LatsarBot.Bot.Prompts;
using LatsarBot.Dialogs.Common;
using LatsarBot.Dialogs.Onboarding;

namespace LatsarBot.Dialogs;

/// <summary>The home of a logged-in person: buttons for everything they can do; after each, the menu comes back.</summary>
public sealed class MainMenuDialog : WaterfallDialog<MainMenuDialog.State>
{
    public const string DialogId = "menu";

    private const string Profile = "profile";
    private const string Language = "language";
    private const string Help = "help";

    public override string Id => DialogId;

    public sealed class State;

    protected override IReadOnlyList<StepFunc> DefineSteps() => [ShowAsync, RouteAsync, LoopAsync];

    private Task<DialogStatus> ShowAsync(WaterfallStep<State> step, CancellationToken cancellationToken) =>
        step.PromptAsync(Prompts.Choice, new PromptOptions(step.Turn.Say(Msg.MenuTitle))
        {
            Choices =
            [
                step.Turn.Button(Msg.MenuProfile, Profile),
                step.Turn.Button(Msg.MenuLanguage, Language),
                step.Turn.Button(Msg.MenuHelp, Help),
            ],
        }, cancellationToken);

    private Task<DialogStatus> RouteAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        switch (step.ResultAs<string>())
        {
            case Profile:
                return step.BeginAsync(ProfileDialog.DialogId, null, cancellationToken);
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
