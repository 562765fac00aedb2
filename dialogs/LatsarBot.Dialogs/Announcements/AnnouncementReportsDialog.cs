using System.Globalization;
using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Channels;
using LatsarBot.Bot.Dialogs;
using LatsarBot.Bot.Messages;
using LatsarBot.Bot.Prompts;
using LatsarBot.Core.Announcements;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Data.Announcements;
using LatsarBot.Data.Audit;
using LatsarBot.Dialogs.Common;
using LatsarBot.Learning.Participants;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Dialogs.Announcements;

/// <summary>
/// The delivery reports of an organiser's latest announcements, one report with a refresh, and the withdrawal of a
/// scheduled or running one. An announcement id is looked up within the organiser's institution whenever it is
/// pressed. Ends with <see cref="AnnouncementDialog.Home"/> to show the announcements' home again.
/// </summary>
public sealed class AnnouncementReportsDialog(CurrentPerson currentPerson, LatsarDb db, MessageCatalog messages, ChannelDirectory channels) : WaterfallDialog<AnnouncementReportsDialog.State>
{
    public const string DialogId = "announce.reports";

    /// <summary>The button that shows the list (at the home, and under a report).</summary>
    public const string List = "reports";

    private const int ReportsShown = 8;

    public override string Id => DialogId;

    public sealed class State;

    protected override IReadOnlyList<StepFunc> DefineSteps() => [DispatchAsync, RedispatchAsync];

    private MenuRoutes<WaterfallStep<State>> Routes => _routes ??= new MenuRoutes<WaterfallStep<State>>(ReportsAsync)
        .OnFound("report", OwnAsync, ReportAsync)
        .OnFound("withdraw", OwnAsync, WithdrawAsync)
        .On(AnnouncementDialog.Home, (step, ct) => step.EndAsync(AnnouncementDialog.Home, ct));

    private MenuRoutes<WaterfallStep<State>>? _routes;

    private StaffMember? Organiser => AnnouncementDialog.Organiser(currentPerson);

    private async Task<DialogStatus> DispatchAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        if (Organiser is null)
        {
            step.Turn.SendText(AnnouncementMsg.OnlyOrganisers);
            return await step.EndAsync(AnnouncementDialog.Back, cancellationToken);
        }

        return await Routes.RouteAsync(step, step.Result as string, cancellationToken);
    }

    private Task<DialogStatus> RedispatchAsync(WaterfallStep<State> step, CancellationToken cancellationToken) =>
        step.GoToAsync(DispatchAsync, step.Result, cancellationToken);

    private async Task<DialogStatus> ReportsAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        var organiser = Organiser!;
        var recent = await db.Announcements.AsNoTracking().Where(a => a.InstitutionId == organiser.InstitutionId)
            .OrderByDescending(a => a.Id).Take(ReportsShown).ToListAsync(cancellationToken);
        if (recent.Count == 0)
        {
            step.Turn.SendText(AnnouncementMsg.ReportsNone);
            return await step.EndAsync(AnnouncementDialog.Home, cancellationToken);
        }

        return await step.PromptAsync(Prompts.Choice, new PromptOptions(step.Turn.Say(AnnouncementMsg.ReportsPick))
        {
            Choices =
            [
                .. recent.Select(a => new ReplyButton(
                    step.Turn.Text(AnnouncementMsg.ReportItem, ("id", a.Id), ("audience", a.AudienceLabel), ("status", AnnouncementView.Status(messages, step.Turn.Language, a, organiser.TimeZone))),
                    "report:" + a.Id.ToString(CultureInfo.InvariantCulture))),
                step.Turn.Button(AnnouncementMsg.ButtonBack, AnnouncementDialog.Home),
            ],
        }, cancellationToken);
    }

    private async Task<DialogStatus> ReportAsync(WaterfallStep<State> step, Announcement announcement, CancellationToken cancellationToken)
    {
        var report = await AnnouncementReports.ReportAsync(db, announcement, cancellationToken);
        var id = announcement.Id.ToString(CultureInfo.InvariantCulture);
        List<ReplyButton> choices = [step.Turn.Button(AnnouncementMsg.ButtonRefresh, "report:" + id)];
        if (announcement.IsWithdrawable)
        {
            choices.Add(step.Turn.Button(AnnouncementMsg.ButtonWithdraw, "withdraw:" + id));
        }

        choices.Add(step.Turn.Button(AnnouncementMsg.ButtonBack, List));
        return await step.PromptAsync(Prompts.Choice, new PromptOptions(new Reply(AnnouncementView.Report(messages, step.Turn.Language, announcement, report, Organiser!.TimeZone, channels)))
        {
            Choices = choices,
        }, cancellationToken);
    }

    /// <summary>
    /// Cancels in the turn's transaction. Nothing more is enqueued for it from then on; rows already in the outbox are
    /// withdrawn by the fan-out service right after the commit (and a scheduled one never fans out).
    /// </summary>
    private async Task<DialogStatus> WithdrawAsync(WaterfallStep<State> step, Announcement announcement, CancellationToken cancellationToken)
    {
        var tracked = await db.Announcements.SingleAsync(a => a.Id == announcement.Id, cancellationToken);
        if (!tracked.TryWithdraw(step.Turn.Now))
        {
            step.Turn.SendText(AnnouncementMsg.NotWithdrawable, ("id", announcement.Id));
            return await ReportAsync(step, tracked, cancellationToken);
        }

        AuditLog.Record(db, step.Turn.Now, AuditActor.Of(Organiser!), AuditActions.AnnouncementCancel, $"announcement {announcement.Id}: {announcement.AudienceLabel}", null,
            AuditOrigin.Chat(step.Turn.Activity.Channel));
        step.Turn.SendText(AnnouncementMsg.Withdrawn, ("id", announcement.Id));
        return await ReportsAsync(step, cancellationToken);
    }

    private Task<Announcement?> OwnAsync(WaterfallStep<State> step, string id, CancellationToken cancellationToken) =>
        int.TryParse(id, CultureInfo.InvariantCulture, out var announcementId) && Organiser is { } organiser
            ? db.Announcements.AsNoTracking().FirstOrDefaultAsync(a => a.Id == announcementId && a.InstitutionId == organiser.InstitutionId, cancellationToken)
            : Task.FromResult<Announcement?>(null);
}
