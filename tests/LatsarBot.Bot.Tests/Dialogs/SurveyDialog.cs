using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Dialogs;
using LatsarBot.Bot.Pipeline;
using LatsarBot.Bot.Prompts;

namespace LatsarBot.Bot.Tests.Dialogs;

/// <summary>A small flow for engine tests: name → age (validated) → confirm → summary.</summary>
public sealed class SurveyDialog(SurveyVersion version) : WaterfallDialog<SurveyDialog.State>
{
    public const string DialogId = "survey";

    public override string Id => DialogId;

    public override int Version => version.Value;

    public sealed class State
    {
        public string? Name { get; set; }

        public decimal Age { get; set; }
    }

    protected override IReadOnlyList<StepFunc> DefineSteps() => [AskNameAsync, AskAgeAsync, ConfirmAsync, FinishAsync];

    private Task<DialogStatus> AskNameAsync(WaterfallStep<State> step, CancellationToken ct) =>
        step.PromptAsync("text", new PromptOptions(new Reply("Nama?")), ct);

    private Task<DialogStatus> AskAgeAsync(WaterfallStep<State> step, CancellationToken ct)
    {
        step.Values.Name = step.ResultAs<string>();
        return step.PromptAsync("age", new PromptOptions(new Reply("Umur?")), ct);
    }

    private Task<DialogStatus> ConfirmAsync(WaterfallStep<State> step, CancellationToken ct)
    {
        step.Values.Age = step.ResultAs<decimal>();
        return step.PromptAsync("confirm", new PromptOptions(new Reply($"{step.Values.Name}, {step.Values.Age}: benar?")), ct);
    }

    private async Task<DialogStatus> FinishAsync(WaterfallStep<State> step, CancellationToken ct)
    {
        step.Turn.Send(new Reply(step.ResultAs<bool>() ? "Selesai" : "Diulang"));
        return step.ResultAs<bool>() ? await step.EndAsync(null, ct) : await step.GoToAsync(AskNameAsync, null, ct);
    }

    public static Task<PromptCheck> AdultAsync(PromptValidatorContext<decimal> context, CancellationToken ct) =>
        Task.FromResult(context.Value >= 18 ? PromptCheck.Ok : PromptCheck.Reject(new Reply($"Minimal 18 (percobaan {context.Attempts})")));
}

public sealed record SurveyVersion(int Value);

/// <summary>Runs the survey as the root dialog, nothing else.</summary>
public sealed class SurveyHandler(DialogSet dialogs) : ITurnHandler
{
    public Task HandleAsync(Turn turn, CancellationToken cancellationToken) =>
        DialogManager.RunAsync(new DialogContext(turn, dialogs), SurveyDialog.DialogId, cancellationToken);
}
