using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Dialogs;
using LatsarBot.Bot.Prompts;
using LatsarBot.Core.Actualization;
using LatsarBot.Dialogs.Common;
using LatsarBot.Learning.Actualization;

namespace LatsarBot.Dialogs.Actualization;

/// <summary>
/// A multi-select of BerAKHLAK values: each button toggles one (✅ when chosen), "Selesai" ends with the
/// chosen <see cref="BerAkhlakValues"/>, at least one. Shared by the plan and the daily log.
/// </summary>
public sealed class ValuesDialog : WaterfallDialog<ValuesDialog.State>
{
    public const string DialogId = "actualization.values";

    private const string Done = "done";

    public override string Id => DialogId;

    public sealed class State
    {
        public BerAkhlakValues Selected { get; set; }
    }

    protected override State Start(object? options) => new() { Selected = options as BerAkhlakValues? ?? BerAkhlakValues.None };

    protected override IReadOnlyList<StepFunc> DefineSteps() => [AskAsync, ToggleAsync];

    private Task<DialogStatus> AskAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        var choices = BerAkhlak.All
            .Select(v => new ReplyButton((step.Values.Selected.HasFlag(v) ? "✅ " : "") + step.Turn.Text(ValueMsg.Of(v)), v.ToString()))
            .Append(step.Turn.Button(ActualizationMsg.ButtonDone, Done))
            .ToList();
        var prompt = step.Turn.Say(ActualizationMsg.ValuesAsk, ("selected", ActualizationView.Values(step.Turn, step.Values.Selected)));
        return step.PromptAsync(Prompts.Choice, new PromptOptions(prompt) { Choices = choices }, cancellationToken);
    }

    private Task<DialogStatus> ToggleAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        var choice = step.ResultAs<string>();
        if (choice == Done)
        {
            if (step.Values.Selected != BerAkhlakValues.None)
            {
                return step.EndAsync(step.Values.Selected, cancellationToken);
            }

            step.Turn.SendText(ActualizationMsg.ValuesNeedOne);
        }
        else if (Enum.TryParse<BerAkhlakValues>(choice, out var value))
        {
            step.Values.Selected = BerAkhlak.Toggle(step.Values.Selected, value);
        }

        return step.GoToAsync(AskAsync, null, cancellationToken);
    }
}
