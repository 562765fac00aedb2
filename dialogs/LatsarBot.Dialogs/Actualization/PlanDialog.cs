using LatsarBot.Bot.Dialogs;
using LatsarBot.Bot.Prompts;
using LatsarBot.Core.Actualization;
using LatsarBot.Core.Participants;
using LatsarBot.Data.Actualization;
using LatsarBot.Data.Participants;
using LatsarBot.Dialogs.Coaching;
using LatsarBot.Dialogs.Common;
using LatsarBot.Learning.Participants;

namespace LatsarBot.Dialogs.Actualization;

/// <summary>
/// "Rencana kegiatan": the mentor and coach, the planned activities of the rancangan aktualisasi (DOMAIN.md B.8), and adding one:
/// title → expected output → BerAKHLAK values → link to the agency's mission (optional).
/// </summary>
public sealed class PlanDialog(CurrentPerson currentPerson, ActualizationLogbook logbook, PlanSupervisors supervisors) : WaterfallDialog<PlanDialog.State>
{
    public const string DialogId = "actualization.plan";

    private const string Add = "add";
    private const string Back = "back";
    private const string Skip = "skip";

    public override string Id => DialogId;

    public sealed class State
    {
        public string Title { get; set; } = "";

        public string ExpectedOutput { get; set; } = "";

        public BerAkhlakValues Values { get; set; }
    }

    protected override IReadOnlyList<StepFunc> DefineSteps() =>
        [ShowAsync, AskTitleAsync, AskOutputAsync, AskValuesAsync, AskMissionAsync, SaveAsync];

    private async Task<DialogStatus> ShowAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        var participant = currentPerson.Required<Participant>();
        var activities = (await logbook.PlanAsync(participant.Id, cancellationToken))?.Activities ?? [];
        var list = activities.Count == 0
            ? step.Turn.Text(ActualizationMsg.PlanEmpty)
            : string.Join("\n", activities.Select((a, i) => step.Turn.Text(ActualizationMsg.PlanItem,
                ("number", i + 1), ("title", a.Title), ("output", a.ExpectedOutput), ("values", ActualizationView.Values(step.Turn, a.Values)))));
        // Mentor and coach head the plan: they are who the participant turns to about it.
        var (mentor, coach) = await supervisors.OfAsync(participant, cancellationToken);
        list = ActualizationView.Supervisors(step.Turn, mentor, coach) + "\n\n" + list;
        return await step.PromptAsync(Prompts.Choice, new PromptOptions(step.Turn.Say(ActualizationMsg.PlanTitle, ("list", list)))
        {
            Choices = [step.Turn.Button(ActualizationMsg.ButtonAddActivity, Add), step.Turn.Button(ActualizationMsg.ButtonBack, Back)],
        }, cancellationToken);
    }

    private Task<DialogStatus> AskTitleAsync(WaterfallStep<State> step, CancellationToken cancellationToken) =>
        step.ResultAs<string>() == Add
            ? step.PromptAsync(Prompts.Text, new PromptOptions(step.Turn.Say(ActualizationMsg.PlanAskTitle)), cancellationToken)
            : step.EndAsync(null, cancellationToken);

    private Task<DialogStatus> AskOutputAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        step.Values.Title = step.ResultAs<string>();
        return step.PromptAsync(Prompts.Text, new PromptOptions(step.Turn.Say(ActualizationMsg.PlanAskOutput)), cancellationToken);
    }

    private Task<DialogStatus> AskValuesAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        step.Values.ExpectedOutput = step.ResultAs<string>();
        return step.BeginAsync(ValuesDialog.DialogId, null, cancellationToken);
    }

    private Task<DialogStatus> AskMissionAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        step.Values.Values = step.ResultAs<BerAkhlakValues>();
        return step.PromptAsync(Prompts.Text, new PromptOptions(step.Turn.Say(ActualizationMsg.PlanAskMission))
        {
            Choices = [step.Turn.Button(ActualizationMsg.ButtonSkip, Skip)],
        }, cancellationToken);
    }

    private async Task<DialogStatus> SaveAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        var participant = currentPerson.Required<Participant>();
        var plan = await logbook.PlanOrNewAsync(participant.Id, cancellationToken);
        var mission = step.ResultAs<string>();
        plan.Activities.Add(new PlannedActivity
        {
            Title = step.Values.Title,
            ExpectedOutput = step.Values.ExpectedOutput,
            Values = step.Values.Values,
            MissionLink = mission == Skip ? null : mission,
            CreatedAt = step.Turn.Now,
        });
        step.Turn.SendText(ActualizationMsg.PlanAdded, ("title", step.Values.Title));
        return await step.GoToAsync(ShowAsync, null, cancellationToken);
    }
}
