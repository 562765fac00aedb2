using LatsarBot.Bot.Dialogs;
using LatsarBot.Bot.Pipeline;
using LatsarBot.Bot.Prompts;

namespace LatsarBot.Bot.Tests.Dialogs;

/// <summary>The survey and its prompts packed as one component: outside, only "survey-component" is known.</summary>
public sealed class SurveyComponent() : ComponentDialog(
[
    new SurveyDialog(new SurveyVersion(1)),
    new NumberPrompt("age", SurveyDialog.AdultAsync),
    new TextPrompt("text"),
    new ConfirmPrompt("confirm"),
])
{
    public const string DialogId = "survey-component";

    public override string Id => DialogId;

    protected override string InitialDialogId => SurveyDialog.DialogId;
}

public sealed class SurveyComponentHandler(DialogSet dialogs) : ITurnHandler
{
    public Task HandleAsync(Turn turn, CancellationToken cancellationToken) =>
        DialogManager.RunAsync(new DialogContext(turn, dialogs), SurveyComponent.DialogId, cancellationToken);
}
