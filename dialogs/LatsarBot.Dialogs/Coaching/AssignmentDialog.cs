using System.Globalization;
using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Dialogs;
using LatsarBot.Bot.Identity;
using LatsarBot.Bot.Prompts;
using LatsarBot.Core.Coaching;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Data.Audit;
using LatsarBot.Data.Coaching;
using LatsarBot.Dialogs.Common;

namespace LatsarBot.Dialogs.Coaching;

/// <summary>
/// The organiser's teaching assignment (/penugasan): pick a cohort or a class of their institution, see the proposal,
/// then "Terapkan" writes it in this turn or "Batal" leaves everything as it was. Anyone else is refused politely.
/// </summary>
public sealed class AssignmentDialog(TeachingAssignments assignments, LatsarDb db) : WaterfallDialog<AssignmentDialog.State>
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

    /// <summary>The pick; anything else (the step run again after the proposal changed) shows the proposal for the saved scope.</summary>
    private MenuRoutes<WaterfallStep<State>> Picks => _picks ??= new MenuRoutes<WaterfallStep<State>>(ShowProposalAsync)
        .On(Cancel, CancelledAsync)
        .OnId("cohort", (step, cohortId, ct) => ScopeAsync(step, cohortId, null, ct))
        .OnFound("class", (_, argument, _) => Task.FromResult(ClassPick.Parse(argument)), (step, pick, ct) => ScopeAsync(step, pick.CohortId, pick.ClassId, ct));

    private MenuRoutes<WaterfallStep<State>>? _picks;

    private Task<DialogStatus> ShowAsync(WaterfallStep<State> step, CancellationToken cancellationToken) =>
        Picks.RouteAsync(step, step.Result as string, cancellationToken);

    private Task<DialogStatus> ScopeAsync(WaterfallStep<State> step, int cohortId, int? classId, CancellationToken cancellationToken)
    {
        (step.Values.CohortId, step.Values.ClassId) = (cohortId, classId);
        return ShowProposalAsync(step, cancellationToken);
    }

    private async Task<DialogStatus> ShowProposalAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
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

    private static async Task<DialogStatus> CancelledAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        step.Turn.SendText(CoachingMsg.Cancelled);
        return await step.EndAsync(null, cancellationToken);
    }

    private async Task<DialogStatus> ApplyAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        if (step.ResultAs<string>() != Apply)
        {
            return await CancelledAsync(step, cancellationToken);
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
        var person = step.Turn.Person!;
        AuditLog.Record(db, step.Turn.Now, new AuditActor(person.Id, person.Name, person.Role, person.InstitutionId), AuditActions.TeachingAssign,
            $"cohort {step.Values.CohortId}" + (step.Values.ClassId is { } classId ? $", class {classId}" : ""),
            $"{run.Proposal.CoachOfParticipants.Count()} participants given a coach, {run.FacilitatedAgendas} agendas given a facilitator", AuditOrigin.Chat(step.Turn.Activity.Channel));
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

    /// <summary>"{cohort}:{class}", the argument of a "class:" button.</summary>
    private sealed record ClassPick(int CohortId, int ClassId)
    {
        public static ClassPick? Parse(string argument)
        {
            var colon = argument.IndexOf(':', StringComparison.Ordinal);
            return colon > 0
                && int.TryParse(argument.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var cohort)
                && int.TryParse(argument.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var kelas)
                    ? new ClassPick(cohort, kelas)
                    : null;
        }
    }
}
