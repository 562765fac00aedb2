using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Dialogs;
using LatsarBot.Bot.Identity;
using LatsarBot.Bot.Prompts;
using LatsarBot.Core.Coaching;
using LatsarBot.Core.Participants;
using LatsarBot.Data.Coaching;
using LatsarBot.Dialogs.Common;

namespace LatsarBot.Dialogs.Coaching;

/// <summary>
/// The organiser's teaching assignment (/penugasan): pick a cohort or a class of their institution, see the proposal,
/// then "Terapkan" writes it in this turn or "Batal" leaves everything as it was. Anyone else is refused politely.
/// </summary>
public sealed class AssignmentDialog(TeachingAssignments assignments) : WaterfallDialog<AssignmentDialog.State>
{
    public const string DialogId = "coaching.assign";

    private const string Apply = "apply";
    private const string Cancel = "cancel";

    public override string Id => DialogId;

    public sealed class State
    {
        public int CohortId { get; set; }

        public int? ClassId { get; set; }

        /// <summary>The proposal the organiser was shown; a different one is shown again, not applied.</summary>
        public string Fingerprint { get; set; } = "";
    }

    protected override IReadOnlyList<StepFunc> DefineSteps() => [PickAsync, ShowAsync, ApplyAsync];

    /// <summary>Whether <paramref name="person"/> may run the assignment: an organiser.</summary>
    public static bool MayAssign(TurnPerson? person) => person is { Role: Role.Organiser };

    private async Task<DialogStatus> PickAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        var person = step.Turn.Person;
        if (!MayAssign(person))
        {
            step.Turn.SendText(CoachingMsg.OnlyOrganisers);
            return await step.EndAsync(null, cancellationToken);
        }

        var cohorts = await assignments.CohortsAsync(person!.InstitutionId, cancellationToken);
        if (cohorts.Count == 0)
        {
            step.Turn.SendText(CoachingMsg.NoCohorts);
            return await step.EndAsync(null, cancellationToken);
        }

        var choices = new List<ReplyButton>();
        foreach (var cohort in cohorts)
        {
            choices.Add(new ReplyButton(step.Turn.Text(CoachingMsg.ButtonCohort, ("cohort", cohort.Name)), $"cohort:{cohort.Id}"));
            choices.AddRange(cohort.Classes.OrderBy(c => c.Id).Select(c =>
                new ReplyButton(step.Turn.Text(CoachingMsg.ButtonClass, ("cohort", cohort.Name), ("class", c.Name)), $"class:{cohort.Id}:{c.Id}")));
        }

        choices.Add(step.Turn.Button(CoachingMsg.ButtonCancel, Cancel));
        return await step.PromptAsync(Prompts.Choice, new PromptOptions(step.Turn.Say(CoachingMsg.Pick)) { Choices = choices }, cancellationToken);
    }

    private async Task<DialogStatus> ShowAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        switch (step.Result as string ?? "")
        {
            case Cancel:
                step.Turn.SendText(CoachingMsg.Cancelled);
                return await step.EndAsync(null, cancellationToken);
            case var value when value.Split(':') is ["cohort", var cohort]:
                step.Values.CohortId = int.Parse(cohort, System.Globalization.CultureInfo.InvariantCulture);
                step.Values.ClassId = null;
                break;
            case var value when value.Split(':') is ["class", var cohort, var kelas]:
                step.Values.CohortId = int.Parse(cohort, System.Globalization.CultureInfo.InvariantCulture);
                step.Values.ClassId = int.Parse(kelas, System.Globalization.CultureInfo.InvariantCulture);
                break;
        }

        var run = await ProposeAsync(step, cancellationToken);
        if (run is null)
        {
            return await step.EndAsync(null, cancellationToken);
        }

        step.Values.Fingerprint = run.Fingerprint();
        step.Turn.Send(new Reply(AssignmentView.Proposal(step.Turn, run)));
        return await step.PromptAsync(Prompts.Choice, new PromptOptions(step.Turn.Say(CoachingMsg.Confirm))
        {
            Choices = [step.Turn.Button(CoachingMsg.ButtonApply, Apply), step.Turn.Button(CoachingMsg.ButtonCancel, Cancel)],
        }, cancellationToken);
    }

    private async Task<DialogStatus> ApplyAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        if (step.ResultAs<string>() != Apply)
        {
            step.Turn.SendText(CoachingMsg.Cancelled);
            return await step.EndAsync(null, cancellationToken);
        }

        // Computed again from today's data: deterministic, so it is the one shown unless something changed since.
        var run = await ProposeAsync(step, cancellationToken);
        if (run is null)
        {
            return await step.EndAsync(null, cancellationToken);
        }

        if (run.Fingerprint() != step.Values.Fingerprint)
        {
            step.Turn.SendText(CoachingMsg.Changed);
            return await step.GoToAsync(ShowAsync, null, cancellationToken);
        }

        await assignments.ApplyAsync(run, step.Turn.Now, cancellationToken);
        step.Turn.SendText(CoachingMsg.Applied, ("participants", run.Proposal.CoachOfParticipants.Count()), ("agendas", run.FacilitatedAgendas));
        return await step.EndAsync(null, cancellationToken);
    }

    /// <summary>The proposal for the chosen scope, within the organiser's own institution only.</summary>
    private async Task<AssignmentRun?> ProposeAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        var person = step.Turn.Person;
        var cohort = await assignments.CohortAsync(step.Values.CohortId, cancellationToken);
        if (!MayAssign(person) || cohort is null || cohort.InstitutionId != person!.InstitutionId)
        {
            step.Turn.SendText(CoachingMsg.OnlyOrganisers);
            return null;
        }

        var kelas = step.Values.ClassId is { } classId ? cohort.Classes.FirstOrDefault(c => c.Id == classId) : null;
        return await assignments.ProposeAsync(cohort, kelas, cancellationToken);
    }
}
