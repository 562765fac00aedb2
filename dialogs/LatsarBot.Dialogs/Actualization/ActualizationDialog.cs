using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Dialogs;
using LatsarBot.Bot.Prompts;
using LatsarBot.Core.Actualization;
using LatsarBot.Core.Participants;
using LatsarBot.Data.Actualization;
using LatsarBot.Dialogs.Common;
using LatsarBot.Learning.Actualization.Report;
using LatsarBot.Learning.Participants;

namespace LatsarBot.Dialogs.Actualization;

/// <summary>
/// The actualization home ("📝 Aktualisasi", /aktualisasi): today's day number, then log, today's entries, the
/// plan, the timeline by week (where activities are marked finished), progress against the plan, the RTL and
/// presentation outline (from day 22, asked for once when the participant first opens this menu from then on) and
/// the draft report. Begun with "report" (the /laporan command) it builds the report at once.
/// Every choice and every child's end comes back to <see cref="Routes"/>.
/// </summary>
public sealed class ActualizationDialog(CurrentPerson currentPerson, ActualizationLogbook logbook, DraftReportService reports) : WaterfallDialog<ActualizationDialog.State>
{
    public const string DialogId = "actualization";

    public const string ReportAction = "report";
    private const string FollowUpAction = "follow_up";

    public override string Id => DialogId;

    public sealed class State;

    protected override IReadOnlyList<StepFunc> DefineSteps() => [MenuAsync, DispatchAsync, RedispatchAsync];

    private async Task<DialogStatus> MenuAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        if (currentPerson.Entity is not Participant participant)
        {
            step.Turn.SendText(ActualizationMsg.OnlyParticipants);
            return await step.EndAsync(null, cancellationToken);
        }

        if (step.Index == 0 && step.Result as string == ReportAction)
        {
            return await step.GoToAsync(DispatchAsync, ReportAction, cancellationToken);
        }

        var plan = await logbook.PlanAsync(participant.Id, cancellationToken);
        var today = ActualizationSchedule.Today(participant.TimeZone, step.Turn.Now);
        await PromptFollowUpOnceAsync(step, participant, plan?.StartDate, today, cancellationToken);
        var status = ActualizationView.Status(step.Turn, plan?.StartDate, today);
        return await step.PromptAsync(Prompts.Choice, new PromptOptions(step.Turn.Say(ActualizationMsg.Menu, ("status", status)))
        {
            Choices =
            [
                step.Turn.Button(ActualizationMsg.ButtonLog, "log"),
                step.Turn.Button(ActualizationMsg.ButtonToday, "today"),
                step.Turn.Button(ActualizationMsg.ButtonPlan, "plan"),
                step.Turn.Button(ActualizationMsg.ButtonTimeline, "timeline"),
                step.Turn.Button(ActualizationMsg.ButtonProgress, "progress"),
                step.Turn.Button(Learning.Coaching.ThreadMsg.AskButton, "coach"),
                step.Turn.Button(ReportMsg.ButtonFollowUp, FollowUpAction),
                step.Turn.Button(ReportMsg.ButtonReport, ReportAction),
                step.Turn.Button(ActualizationMsg.ButtonMainMenu, "back"),
            ],
        }, cancellationToken);
    }

    /// <summary>What every menu value does; anything else shows the menu again.</summary>
    private MenuRoutes<WaterfallStep<State>> Routes => _routes ??= new MenuRoutes<WaterfallStep<State>>(ShowMenuAsync)
        .On("log", (step, ct) => step.BeginAsync(LogDialog.DialogId, null, ct))
        .On("today", (step, ct) => step.BeginAsync(TodayDialog.DialogId, null, ct))
        .On("plan", (step, ct) => step.BeginAsync(PlanDialog.DialogId, null, ct))
        .On("timeline", TimelineAsync)
        .OnId("finish", FinishAsync)
        .On("progress", ProgressAsync)
        .On("coach", (step, ct) => step.BeginAsync(Coaching.AskCoachDialog.DialogId, null, ct))
        .On(FollowUpAction, (step, ct) => step.BeginAsync(FollowUpDialog.DialogId, null, ct))
        .On(ReportAction, ReportAsync)
        .On("back", (step, ct) => step.EndAsync(null, ct));

    private MenuRoutes<WaterfallStep<State>>? _routes;

    private Task<DialogStatus> DispatchAsync(WaterfallStep<State> step, CancellationToken cancellationToken) =>
        Routes.RouteAsync(step, step.Result as string ?? "menu", cancellationToken);

    private Task<DialogStatus> RedispatchAsync(WaterfallStep<State> step, CancellationToken cancellationToken) =>
        step.GoToAsync(DispatchAsync, step.Result, cancellationToken);

    /// <summary>The timeline by week, then buttons to mark each unfinished planned activity as finished.</summary>
    private async Task<DialogStatus> TimelineAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        var participant = currentPerson.Required<Participant>();
        var entries = await logbook.EntriesAsync(participant.Id, cancellationToken);
        step.Turn.Send(new Reply(ActualizationView.Timeline(step.Turn, entries)));
        var open = (await logbook.PlanAsync(participant.Id, cancellationToken))?.Activities.Where(a => a.FinishedAt is null) ?? [];
        return await step.PromptAsync(Prompts.Choice, new PromptOptions(step.Turn.Say(ActualizationMsg.TimelineMark))
        {
            Choices =
            [
                .. open.Select(a => new ReplyButton(step.Turn.Text(ActualizationMsg.ButtonFinish, ("title", a.Title)), "finish:" + a.Id)),
                step.Turn.Button(ActualizationMsg.ButtonBack, "menu"),
            ],
        }, cancellationToken);
    }

    /// <summary>Marks a planned activity of the participant's finished; an id not in their plan changes nothing.</summary>
    private async Task<DialogStatus> FinishAsync(WaterfallStep<State> step, int activityId, CancellationToken cancellationToken)
    {
        var participant = currentPerson.Required<Participant>();
        var activity = (await logbook.PlanAsync(participant.Id, cancellationToken))?.Activities.FirstOrDefault(a => a.Id == activityId);
        if (activity is not null)
        {
            activity.FinishedAt ??= step.Turn.Now;
            step.Turn.SendText(ActualizationMsg.TimelineMarked, ("title", activity.Title));
        }

        return await ShowMenuAsync(step, cancellationToken);
    }

    private async Task<DialogStatus> ProgressAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        var participant = currentPerson.Required<Participant>();
        var plan = await logbook.PlanAsync(participant.Id, cancellationToken);
        step.Turn.Send(new Reply(ActualizationView.Progress(step.Turn, plan?.Activities ?? [], await logbook.EntriesAsync(participant.Id, cancellationToken))));
        return await ShowMenuAsync(step, cancellationToken);
    }

    private async Task<DialogStatus> ReportAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        await SendReportAsync(step, currentPerson.Required<Participant>(), cancellationToken);
        return await ShowMenuAsync(step, cancellationToken);
    }

    private Task<DialogStatus> ShowMenuAsync(WaterfallStep<State> step, CancellationToken cancellationToken) =>
        step.GoToAsync(MenuAsync, null, cancellationToken);

    /// <summary>From day 22 the RTL is due: said once, with a button, the first time the menu opens then (A.8 Block B).</summary>
    private async Task PromptFollowUpOnceAsync(WaterfallStep<State> step, Participant participant, DateOnly? start, DateOnly today, CancellationToken cancellationToken)
    {
        if (start is not { } first || !FollowUpPlan.IsDue(ActualizationSchedule.DayNumber(first, today)))
        {
            return;
        }

        var followUp = await logbook.FollowUpOrNewAsync(participant.Id, cancellationToken);
        if (followUp.PromptedAt is not null || followUp.RtlItems.Count > 0)
        {
            return;
        }

        followUp.PromptedAt = step.Turn.Now;
        step.Turn.Send(step.Turn.Say(ReportMsg.FollowUpPrompt).WithButtons(step.Turn.Button(ReportMsg.ButtonFollowUpNow, FollowUpAction)));
    }

    private async Task SendReportAsync(WaterfallStep<State> step, Participant participant, CancellationToken cancellationToken)
    {
        if (await reports.BuildAsync(participant, step.Turn.Language, step.Turn.Now, cancellationToken) is not { } report)
        {
            step.Turn.SendText(ReportMsg.NotSet);
            return;
        }

        step.Turn.Send(step.Turn.Say(ReportMsg.Ready, ("entries", report.Entries), ("evidence", report.Evidence), ("rtl", report.RtlItems)) with
        {
            Attachments =
            [
                new ReplyAttachment(AttachmentKind.Document, report.PdfUrl, step.Turn.Text(ReportMsg.FileCaptionPdf), "application/pdf"),
                new ReplyAttachment(AttachmentKind.Document, report.MarkdownUrl, step.Turn.Text(ReportMsg.FileCaptionMarkdown), "text/markdown"),
            ],
        });
    }
}
