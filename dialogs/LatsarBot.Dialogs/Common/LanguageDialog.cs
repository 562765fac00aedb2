using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Dialogs;
using LatsarBot.Bot.Prompts;
using LatsarBot.Core.Participants;
using LatsarBot.Dialogs.Common;
using LatsarBot.Learning.Participants;

namespace LatsarBot.Dialogs;

/// <summary>Bahasa Indonesia or English; remembered for the conversation and, once logged in, for the person.</summary>
public sealed class LanguageDialog(CurrentPerson currentPerson) : WaterfallDialog<LanguageDialog.State>
{
    public const string DialogId = "language";

    public override string Id => DialogId;

    public sealed class State;

    protected override IReadOnlyList<StepFunc> DefineSteps() => [AskAsync, ApplyAsync];

    private Task<DialogStatus> AskAsync(WaterfallStep<State> step, CancellationToken cancellationToken) =>
        step.PromptAsync(Prompts.Choice, new PromptOptions(step.Turn.Say(Msg.LanguageAsk))
        {
            // Each language names itself, so a person who reads only one can still pick it.
            Choices = [new ReplyButton("Bahasa Indonesia", "id"), new ReplyButton("English", "en")],
        }, cancellationToken);

    private async Task<DialogStatus> ApplyAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        var language = Languages.TryParse(step.ResultAs<string>()) ?? Language.Id;
        step.Turn.State.Language = language;
        step.Turn.State.LanguageChosen = true;
        if (currentPerson.Entity is { } person)
        {
            person.Language = language;
            currentPerson.Refresh(step.Turn);
        }

        step.Turn.SendText(Msg.LanguageChanged);
        return await step.EndAsync(language, cancellationToken);
    }
}
