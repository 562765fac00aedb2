using LatsarBot.Core.Schedule;
using LatsarBot.Bot.Channels;
using System.Globalization;
using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Dialogs;
using LatsarBot.Bot.Messages;
using LatsarBot.Bot.Prompts;
using LatsarBot.Core.Announcements;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Data.Announcements;
using LatsarBot.Dialogs.Common;
using LatsarBot.Learning.Participants;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Dialogs.Announcements;

/// <summary>
/// An organiser's announcements ("📢 Pengumuman", /umumkan): audience buttons → the text → a preview exactly as
/// recipients will see it, with the count, the delivery estimate and a quiet-hours warning → Kirim / Jadwalkan / Batal;
/// and the delivery reports of earlier ones, where a scheduled or running one can be cancelled. The turn only records
/// the decision; the fan-out runs afterwards (the host's AnnouncementFanOut), so the organiser is answered at once.
/// </summary>
public sealed class AnnouncementDialog(CurrentPerson currentPerson, LatsarDb db, MessageCatalog messages, ChannelRates rates, ChannelDirectory channels, QuietHours quiet) : WaterfallDialog<AnnouncementDialog.State>
{
    public const string DialogId = "announce";

    /// <summary>Begin option that goes straight to a new announcement (/umumkan).</summary>
    public const string Compose = "new";

    private const int ReportsShown = 8;

    public override string Id => DialogId;

    public sealed class State
    {
        public AudienceKind Audience { get; set; }

        public int? CohortId { get; set; }

        public int? ClassId { get; set; }

        public Role? Role { get; set; }

        public string? Label { get; set; }

        public string? Text { get; set; }

        /// <summary>What the next typed answer is: "text" or "when"; null while buttons are expected.</summary>
        public string? Awaiting { get; set; }
    }

    protected override IReadOnlyList<StepFunc> DefineSteps() => [StartAsync, DispatchAsync, RedispatchAsync];

    private async Task<DialogStatus> StartAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        if (await OrganiserAsync(step, cancellationToken) is null)
        {
            step.Turn.SendText(AnnouncementMsg.OnlyOrganisers);
            return await step.EndAsync(null, cancellationToken);
        }

        return await step.GoToAsync(DispatchAsync, step.Result as string == Compose ? Compose : "home", cancellationToken);
    }

    private async Task<DialogStatus> DispatchAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        if (await OrganiserAsync(step, cancellationToken) is not { } organiser)
        {
            step.Turn.SendText(AnnouncementMsg.OnlyOrganisers);
            return await step.EndAsync(null, cancellationToken);
        }

        var state = step.Values;
        var awaiting = state.Awaiting;
        state.Awaiting = null;
        var input = step.Result as string ?? "home";
        if (awaiting == "text")
        {
            return await PreviewAsync(step, organiser, input.Trim(), cancellationToken);
        }

        if (awaiting == "when")
        {
            return await ScheduleAsync(step, organiser, input, cancellationToken);
        }

        switch (input.Split(':', 2))
        {
            case [Compose]:
                return await AskAudienceAsync(step, cancellationToken);
            case ["aud", "all"]:
                return await AskTextAsync(step, AudienceKind.All, null, null, null, step.Turn.Text(AnnouncementMsg.LabelAll), cancellationToken);
            case ["aud", var role] when role is "participant" or "coach" or "mentor":
                return await AskTextAsync(step, AudienceKind.Role, null, null, AudienceTarget.RoleOf(role), step.Turn.Text(RoleLabel(role)), cancellationToken);
            case ["aud", var kind] when kind is "cohort" or "class":
                return await AskCohortAsync(step, organiser, kind, cancellationToken);
            case ["cohort", var id] when await CohortAsync(organiser, id, cancellationToken) is { } cohort:
                return await AskTextAsync(step, AudienceKind.Cohort, cohort.Id, null, null, cohort.Name, cancellationToken);
            case ["classes", var id] when await CohortAsync(organiser, id, cancellationToken) is { } cohort:
                return await AskClassAsync(step, cohort, cancellationToken);
            case ["class", var id] when await ClassAsync(organiser, id, cancellationToken) is { } kelas:
                return await AskTextAsync(step, AudienceKind.Class, kelas.CohortId, kelas.Id, null, $"{kelas.Cohort!.Name} / {kelas.Name}", cancellationToken);
            case ["send"] when state.Text is not null:
                return await RecordAsync(step, organiser, null, cancellationToken);
            case ["schedule"] when state.Text is not null:
                state.Awaiting = "when";
                return await step.PromptAsync(Prompts.Text, new PromptOptions(step.Turn.Say(AnnouncementMsg.AskWhen, ("zone", organiser.TimeZone.Label()))), cancellationToken);
            case ["discard"]:
                step.Turn.SendText(AnnouncementMsg.Discarded);
                return await step.EndAsync(null, cancellationToken);
            case ["reports"]:
                return await ReportsAsync(step, organiser, cancellationToken);
            case ["report", var id] when await OwnAsync(organiser, id, cancellationToken) is { } announcement:
                return await ReportAsync(step, organiser, announcement, cancellationToken);
            case ["withdraw", var id] when await OwnAsync(organiser, id, cancellationToken) is { } announcement:
                return await WithdrawAsync(step, organiser, announcement, cancellationToken);
            case ["back"]:
                return await step.EndAsync(null, cancellationToken);
            default:
                return await HomeAsync(step, cancellationToken);
        }
    }

    private Task<DialogStatus> RedispatchAsync(WaterfallStep<State> step, CancellationToken cancellationToken) =>
        step.GoToAsync(DispatchAsync, step.Result, cancellationToken);

    private Task<DialogStatus> HomeAsync(WaterfallStep<State> step, CancellationToken cancellationToken) =>
        step.PromptAsync(Prompts.Choice, new PromptOptions(step.Turn.Say(AnnouncementMsg.Home))
        {
            Choices =
            [
                step.Turn.Button(AnnouncementMsg.ButtonNew, Compose),
                step.Turn.Button(AnnouncementMsg.ButtonReports, "reports"),
                step.Turn.Button(AnnouncementMsg.ButtonMainMenu, "back"),
            ],
        }, cancellationToken);

    private Task<DialogStatus> AskAudienceAsync(WaterfallStep<State> step, CancellationToken cancellationToken) =>
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
                step.Turn.Button(AnnouncementMsg.ButtonCancel, "discard"),
            ],
        }, cancellationToken);

    private async Task<DialogStatus> AskCohortAsync(WaterfallStep<State> step, StaffMember organiser, string kind, CancellationToken cancellationToken)
    {
        var cohorts = await db.Cohorts.AsNoTracking().Where(c => c.InstitutionId == organiser.InstitutionId).OrderBy(c => c.Name).ToListAsync(cancellationToken);
        if (cohorts.Count == 0)
        {
            step.Turn.SendText(AnnouncementMsg.NoCohorts);
            return await AskAudienceAsync(step, cancellationToken);
        }

        var prefix = kind == "class" ? "classes:" : "cohort:";
        return await step.PromptAsync(Prompts.Choice, new PromptOptions(step.Turn.Say(AnnouncementMsg.AskCohort))
        {
            Choices = [.. cohorts.Select(c => new ReplyButton(c.Name, prefix + c.Id.ToString(CultureInfo.InvariantCulture))), step.Turn.Button(AnnouncementMsg.ButtonCancel, "discard")],
        }, cancellationToken);
    }

    private async Task<DialogStatus> AskClassAsync(WaterfallStep<State> step, Cohort cohort, CancellationToken cancellationToken)
    {
        var classes = await db.Classes.AsNoTracking().Where(c => c.CohortId == cohort.Id).OrderBy(c => c.Name).ToListAsync(cancellationToken);
        return await step.PromptAsync(Prompts.Choice, new PromptOptions(step.Turn.Say(AnnouncementMsg.AskClass, ("cohort", cohort.Name)))
        {
            Choices = [.. classes.Select(c => new ReplyButton(c.Name, "class:" + c.Id.ToString(CultureInfo.InvariantCulture))), step.Turn.Button(AnnouncementMsg.ButtonCancel, "discard")],
        }, cancellationToken);
    }

    private Task<DialogStatus> AskTextAsync(WaterfallStep<State> step, AudienceKind kind, int? cohortId, int? classId, Role? role, string label, CancellationToken cancellationToken)
    {
        var state = step.Values;
        (state.Audience, state.CohortId, state.ClassId, state.Role, state.Label, state.Awaiting) = (kind, cohortId, classId, role, label, "text");
        return step.PromptAsync(Prompts.Text, new PromptOptions(step.Turn.Say(AnnouncementMsg.AskText, ("audience", label))), cancellationToken);
    }

    /// <summary>The message exactly as recipients get it, then what sending it means: who, where, how long, who is asleep.</summary>
    private async Task<DialogStatus> PreviewAsync(WaterfallStep<State> step, StaffMember organiser, string text, CancellationToken cancellationToken)
    {
        if (text.Length == 0 || text.Length > AnnouncementView.MaxTextLengthFor(channels))
        {
            step.Values.Awaiting = "text";
            var key = text.Length == 0 ? AnnouncementMsg.AskText : AnnouncementMsg.TextTooLong;
            return await step.PromptAsync(Prompts.Text, new PromptOptions(step.Turn.Say(key, ("audience", step.Values.Label), ("max", AnnouncementView.MaxTextLengthFor(channels)), ("length", text.Length))), cancellationToken);
        }

        step.Values.Text = text;
        var draft = Draft(step.Values, organiser, step.Turn.Now);
        var shape = await AnnouncementAudience.ShapeAsync(db, draft, step.Turn.Now, quiet, cancellationToken);
        step.Turn.SendText(AnnouncementMsg.PreviewIntro);
        step.Turn.Send(AnnouncementView.Message(messages, step.Turn.Language, organiser.Institution?.Name ?? "", text));
        List<ReplyButton> choices = shape.Total > 0
            ? [step.Turn.Button(AnnouncementMsg.ButtonSend, "send"), step.Turn.Button(AnnouncementMsg.ButtonSchedule, "schedule"), step.Turn.Button(AnnouncementMsg.ButtonCancel, "discard")]
            : [step.Turn.Button(AnnouncementMsg.ButtonCancel, "discard")];
        return await step.PromptAsync(Prompts.Choice, new PromptOptions(new Reply(AnnouncementView.Summary(messages, step.Turn.Language, shape, rates, channels)))
        {
            Choices = choices,
        }, cancellationToken);
    }

    private async Task<DialogStatus> ScheduleAsync(WaterfallStep<State> step, StaffMember organiser, string input, CancellationToken cancellationToken)
    {
        var when = AnnouncementView.ParseWhen(input, organiser.TimeZone);
        if (when is null || when <= step.Turn.Now)
        {
            step.Values.Awaiting = "when";
            return await step.PromptAsync(Prompts.Text, new PromptOptions(step.Turn.Say(when is null ? AnnouncementMsg.WhenInvalid : AnnouncementMsg.WhenPast, ("zone", organiser.TimeZone.Label()))), cancellationToken);
        }

        return await RecordAsync(step, organiser, when, cancellationToken);
    }

    /// <summary>Records the decision in the turn's transaction; the fan-out picks it up once it is committed.</summary>
    private async Task<DialogStatus> RecordAsync(WaterfallStep<State> step, StaffMember organiser, DateTimeOffset? when, CancellationToken cancellationToken)
    {
        var announcement = Draft(step.Values, organiser, step.Turn.Now);
        announcement.ScheduledFor = when;
        announcement.Status = when is null ? AnnouncementStatus.Sending : AnnouncementStatus.Scheduled;
        db.Announcements.Add(announcement);
        if (when is { } at)
        {
            step.Turn.SendText(AnnouncementMsg.Scheduled, ("when", AnnouncementView.When(at, organiser.TimeZone, step.Turn.Language)));
        }
        else
        {
            step.Turn.SendText(AnnouncementMsg.Sending);
        }

        return await step.EndAsync(null, cancellationToken);
    }

    private async Task<DialogStatus> ReportsAsync(WaterfallStep<State> step, StaffMember organiser, CancellationToken cancellationToken)
    {
        var recent = await db.Announcements.AsNoTracking().Where(a => a.InstitutionId == organiser.InstitutionId)
            .OrderByDescending(a => a.Id).Take(ReportsShown).ToListAsync(cancellationToken);
        if (recent.Count == 0)
        {
            step.Turn.SendText(AnnouncementMsg.ReportsNone);
            return await HomeAsync(step, cancellationToken);
        }

        return await step.PromptAsync(Prompts.Choice, new PromptOptions(step.Turn.Say(AnnouncementMsg.ReportsPick))
        {
            Choices =
            [
                .. recent.Select(a => new ReplyButton(
                    step.Turn.Text(AnnouncementMsg.ReportItem, ("id", a.Id), ("audience", a.AudienceLabel), ("status", AnnouncementView.Status(messages, step.Turn.Language, a, organiser.TimeZone))),
                    "report:" + a.Id.ToString(CultureInfo.InvariantCulture))),
                step.Turn.Button(AnnouncementMsg.ButtonBack, "home"),
            ],
        }, cancellationToken);
    }

    private async Task<DialogStatus> ReportAsync(WaterfallStep<State> step, StaffMember organiser, Announcement announcement, CancellationToken cancellationToken)
    {
        var report = await AnnouncementReports.ReportAsync(db, announcement, cancellationToken);
        var id = announcement.Id.ToString(CultureInfo.InvariantCulture);
        List<ReplyButton> choices = [step.Turn.Button(AnnouncementMsg.ButtonRefresh, "report:" + id)];
        if (announcement.Status is AnnouncementStatus.Scheduled or AnnouncementStatus.Sending or AnnouncementStatus.Delivering)
        {
            choices.Add(step.Turn.Button(AnnouncementMsg.ButtonWithdraw, "withdraw:" + id));
        }

        choices.Add(step.Turn.Button(AnnouncementMsg.ButtonBack, "reports"));
        return await step.PromptAsync(Prompts.Choice, new PromptOptions(new Reply(AnnouncementView.Report(messages, step.Turn.Language, announcement, report, organiser.TimeZone)))
        {
            Choices = choices,
        }, cancellationToken);
    }

    /// <summary>
    /// Cancels in the turn's transaction. Nothing more is enqueued for it from then on; rows already in the outbox are
    /// withdrawn by the fan-out service right after the commit (and a scheduled one never fans out).
    /// </summary>
    private async Task<DialogStatus> WithdrawAsync(WaterfallStep<State> step, StaffMember organiser, Announcement announcement, CancellationToken cancellationToken)
    {
        var tracked = await db.Announcements.SingleAsync(a => a.Id == announcement.Id, cancellationToken);
        if (tracked.Status is not (AnnouncementStatus.Scheduled or AnnouncementStatus.Sending or AnnouncementStatus.Delivering))
        {
            step.Turn.SendText(AnnouncementMsg.NotWithdrawable, ("id", announcement.Id));
            return await ReportAsync(step, organiser, tracked, cancellationToken);
        }

        tracked.Status = AnnouncementStatus.Cancelled;
        tracked.CancelledAt = step.Turn.Now;
        step.Turn.SendText(AnnouncementMsg.Withdrawn, ("id", announcement.Id));
        return await ReportsAsync(step, organiser, cancellationToken);
    }

    private Task<StaffMember?> OrganiserAsync(WaterfallStep<State> step, CancellationToken cancellationToken) =>
        Task.FromResult(currentPerson.Entity is StaffMember { StaffRole: Role.Organiser } organiser ? organiser : null);

    private Task<Cohort?> CohortAsync(StaffMember organiser, string id, CancellationToken cancellationToken) =>
        int.TryParse(id, CultureInfo.InvariantCulture, out var cohortId)
            ? db.Cohorts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == cohortId && c.InstitutionId == organiser.InstitutionId, cancellationToken)
            : Task.FromResult<Cohort?>(null);

    private Task<TrainingClass?> ClassAsync(StaffMember organiser, string id, CancellationToken cancellationToken) =>
        int.TryParse(id, CultureInfo.InvariantCulture, out var classId)
            ? db.Classes.AsNoTracking().Include(c => c.Cohort).FirstOrDefaultAsync(c => c.Id == classId && c.Cohort!.InstitutionId == organiser.InstitutionId, cancellationToken)
            : Task.FromResult<TrainingClass?>(null);

    private Task<Announcement?> OwnAsync(StaffMember organiser, string id, CancellationToken cancellationToken) =>
        int.TryParse(id, CultureInfo.InvariantCulture, out var announcementId)
            ? db.Announcements.AsNoTracking().FirstOrDefaultAsync(a => a.Id == announcementId && a.InstitutionId == organiser.InstitutionId, cancellationToken)
            : Task.FromResult<Announcement?>(null);

    private static Announcement Draft(State state, StaffMember organiser, DateTimeOffset now) => new()
    {
        InstitutionId = organiser.InstitutionId,
        AuthorId = organiser.Id,
        Audience = state.Audience,
        CohortId = state.CohortId,
        ClassId = state.ClassId,
        AudienceRole = state.Role,
        AudienceLabel = state.Label ?? "",
        Text = state.Text ?? "",
        CreatedAt = now,
    };

    private static string RoleLabel(string role) => role switch
    {
        "coach" => AnnouncementMsg.LabelCoaches,
        "mentor" => AnnouncementMsg.LabelMentors,
        _ => AnnouncementMsg.LabelParticipants,
    };
}
