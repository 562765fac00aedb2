using System.Globalization;
using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Dialogs;
using LatsarBot.Bot.Prompts;
using LatsarBot.Core.Announcements;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Dialogs.Common;
using LatsarBot.Learning.Participants;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Dialogs.Announcements;

/// <summary>
/// Who an announcement goes to: everyone, a role, a cohort or a class of the organiser's institution, picked with
/// buttons. Ends with the <see cref="Pick"/>, or with null when the organiser cancels (told so here). A cohort
/// or class id is looked up within the organiser's institution whenever it is pressed.
/// </summary>
public sealed class AnnouncementAudienceDialog(CurrentPerson currentPerson, LatsarDb db) : WaterfallDialog<AnnouncementAudienceDialog.State>
{
    public const string DialogId = "announce.audience";

    /// <summary>The cancel button of every question of a new announcement.</summary>
    public const string Discard = "discard";

    public override string Id => DialogId;

    public sealed class State;

    protected override IReadOnlyList<StepFunc> DefineSteps() => [AskAudienceAsync, DispatchAsync, RedispatchAsync];

    private MenuRoutes<WaterfallStep<State>> Routes => _routes ??= new MenuRoutes<WaterfallStep<State>>(AskAudienceAsync)
        .On("aud:all", (step, ct) => PickedAsync(step, new Pick(AudienceKind.All, null, null, null, step.Turn.Text(AnnouncementMsg.LabelAll)), ct))
        .OnText("aud", (step, role, ct) => PickedAsync(step, new Pick(AudienceKind.Role, null, null, AudienceTarget.RoleOf(role), step.Turn.Text(AnnouncementMsg.LabelOf(AudienceTarget.RoleOf(role)))), ct),
            when: (_, role) => role is "participant" or "coach" or "mentor")
        .OnText("aud", AskCohortAsync, when: (_, kind) => kind is "cohort" or "class")
        .OnFound("cohort", CohortAsync, (step, cohort, ct) => PickedAsync(step, new Pick(AudienceKind.Cohort, cohort.Id, null, null, cohort.Name), ct))
        .OnFound("classes", CohortAsync, AskClassAsync)
        .OnFound("class", ClassAsync, (step, kelas, ct) => PickedAsync(step, new Pick(AudienceKind.Class, kelas.CohortId, kelas.Id, null, $"{kelas.Cohort!.Name} / {kelas.Name}"), ct))
        .On(Discard, DiscardedAsync);

    private MenuRoutes<WaterfallStep<State>>? _routes;

    private async Task<DialogStatus> DispatchAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        if (AnnouncementDialog.Organiser(currentPerson) is null)
        {
            step.Turn.SendText(AnnouncementMsg.OnlyOrganisers);
            return await step.EndAsync(null, cancellationToken);
        }

        return await Routes.RouteAsync(step, step.Result as string, cancellationToken);
    }

    private Task<DialogStatus> RedispatchAsync(WaterfallStep<State> step, CancellationToken cancellationToken) =>
        step.GoToAsync(DispatchAsync, step.Result, cancellationToken);

    /// <summary>The first step, and where a value no row takes leads back to.</summary>
    private static Task<DialogStatus> AskAudienceAsync(WaterfallStep<State> step, CancellationToken cancellationToken) =>
        step.PromptAsync(Prompts.Choice, new PromptOptions(step.Turn.Say(AnnouncementMsg.AskAudience))
        {
            Choices =
            [
                step.Turn.Button(AnnouncementMsg.AudienceAll, "aud:all"),
                step.Turn.Button(AnnouncementMsg.AudienceCohort, "aud:cohort"),
                step.Turn.Button(AnnouncementMsg.AudienceClass, "aud:class"),
                step.Turn.Button(AnnouncementMsg.AudienceParticipants, "aud:participant"),
                step.Turn.Button(AnnouncementMsg.AudienceCoaches, "aud:coach"),
                step.Turn.Button(AnnouncementMsg.AudienceMentors, "aud:mentor"),
                step.Turn.Button(AnnouncementMsg.ButtonCancel, Discard),
            ],
        }, cancellationToken);

    private async Task<DialogStatus> AskCohortAsync(WaterfallStep<State> step, string kind, CancellationToken cancellationToken)
    {
        var organiser = AnnouncementDialog.Organiser(currentPerson)!;
        var cohorts = await db.Cohorts.AsNoTracking().Where(c => c.InstitutionId == organiser.InstitutionId).OrderBy(c => c.Name).ToListAsync(cancellationToken);
        if (cohorts.Count == 0)
        {
            step.Turn.SendText(AnnouncementMsg.NoCohorts);
            return await AskAudienceAsync(step, cancellationToken);
        }

        var prefix = kind == "class" ? "classes:" : "cohort:";
        return await step.PromptAsync(Prompts.Choice, new PromptOptions(step.Turn.Say(AnnouncementMsg.AskCohort))
        {
            Choices = [.. cohorts.Select(c => new ReplyButton(c.Name, prefix + c.Id.ToString(CultureInfo.InvariantCulture))), step.Turn.Button(AnnouncementMsg.ButtonCancel, Discard)],
        }, cancellationToken);
    }

    private async Task<DialogStatus> AskClassAsync(WaterfallStep<State> step, Cohort cohort, CancellationToken cancellationToken)
    {
        var classes = await db.Classes.AsNoTracking().Where(c => c.CohortId == cohort.Id).OrderBy(c => c.Name).ToListAsync(cancellationToken);
        return await step.PromptAsync(Prompts.Choice, new PromptOptions(step.Turn.Say(AnnouncementMsg.AskClass, ("cohort", cohort.Name)))
        {
            Choices = [.. classes.Select(c => new ReplyButton(c.Name, "class:" + c.Id.ToString(CultureInfo.InvariantCulture))), step.Turn.Button(AnnouncementMsg.ButtonCancel, Discard)],
        }, cancellationToken);
    }

    private static Task<DialogStatus> PickedAsync(WaterfallStep<State> step, Pick pick, CancellationToken cancellationToken) =>
        step.EndAsync(pick, cancellationToken);

    private static Task<DialogStatus> DiscardedAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        step.Turn.SendText(AnnouncementMsg.Discarded);
        return step.EndAsync(null, cancellationToken);
    }

    private Task<Cohort?> CohortAsync(WaterfallStep<State> step, string id, CancellationToken cancellationToken) =>
        int.TryParse(id, CultureInfo.InvariantCulture, out var cohortId) && AnnouncementDialog.Organiser(currentPerson) is { } organiser
            ? db.Cohorts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == cohortId && c.InstitutionId == organiser.InstitutionId, cancellationToken)
            : Task.FromResult<Cohort?>(null);

    private Task<TrainingClass?> ClassAsync(WaterfallStep<State> step, string id, CancellationToken cancellationToken) =>
        int.TryParse(id, CultureInfo.InvariantCulture, out var classId) && AnnouncementDialog.Organiser(currentPerson) is { } organiser
            ? db.Classes.AsNoTracking().Include(c => c.Cohort).FirstOrDefaultAsync(c => c.Id == classId && c.Cohort!.InstitutionId == organiser.InstitutionId, cancellationToken)
            : Task.FromResult<TrainingClass?>(null);

    /// <summary>The audience an organiser picked, as the announcement records it.</summary>
    public sealed record Pick(AudienceKind Kind, int? CohortId, int? ClassId, Role? Role, string Label)
    {
        /// <summary>A draft of <paramref name="text"/> to this audience by <paramref name="organiser"/>, for the preview and the record.</summary>
        public Announcement Draft(StaffMember organiser, string text, DateTimeOffset now) => new()
        {
            InstitutionId = organiser.InstitutionId,
            AuthorId = organiser.Id,
            Audience = Kind,
            CohortId = CohortId,
            ClassId = ClassId,
            AudienceRole = Role,
            AudienceLabel = Label,
            Text = text,
            CreatedAt = now,
        };
    }
}
