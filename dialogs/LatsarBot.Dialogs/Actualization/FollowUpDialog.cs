using LatsarBot.Bot.Dialogs;
using LatsarBot.Bot.Prompts;
using LatsarBot.Core.Actualization;
using LatsarBot.Core.Participants;
using LatsarBot.Data.Actualization;
using LatsarBot.Dialogs.Common;
using LatsarBot.Learning.Actualization.Report;

namespace LatsarBot.Dialogs.Actualization;

/// <summary>
/// Block B (DOMAIN.md A.8, from day 22): the Rancangan Tindak Lanjut (RTL) → the presentation outline, each typed
/// one item per line; both are stored and go into the draft report. Before day 22 it explains when they are due.
/// </summary>
public sealed class FollowUpDialog(ActualizationLogbook logbook) : WaterfallDialog<FollowUpDialog.State>
{
    public const string DialogId = "actualization.follow_up";

    /// <summary>Enough for a few items and an outline; the column holds 4,000 characters.</summary>
    public const int MaxLength = 3000;

    private const string Change = "change";
    private const string Keep = "keep";

    public override string Id => DialogId;

    public sealed class State
    {
        public string Rtl { get; set; } = "";
    }

    protected override IReadOnlyList<StepFunc> DefineSteps() => [CheckAsync, AskRtlAsync, AskOutlineAsync, SaveAsync];

    private async Task<DialogStatus> CheckAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        var participant = step.Turn.Person!;
        var start = (await logbook.PlanAsync(participant.Id, cancellationToken))?.StartDate;
        var today = ActualizationSchedule.Today(participant.TimeZone, step.Turn.Now);
        if (start is null || !FollowUpPlan.IsDue(ActualizationSchedule.DayNumber(start.Value, today)))
        {
            step.Turn.SendText(start is null ? ActualizationMsg.LogNotSet : ReportMsg.FollowUpNotDue,
                ("date", start is { } first ? ActualizationView.Date(step.Turn, first.AddDays(FollowUpPlan.DueFromDay - 1)) : ""),
                ("status", ActualizationView.Status(step.Turn, start, today)));
            return await step.EndAsync(null, cancellationToken);
        }

        if (await logbook.FollowUpAsync(participant.Id, cancellationToken) is { RtlItems.Count: > 0 } current)
        {
            return await step.PromptAsync(Prompts.Choice, new PromptOptions(step.Turn.Say(ReportMsg.FollowUpCurrent,
                ("rtl", Bullets(current.RtlItems)), ("outline", current.OutlineItems.Count > 0 ? Bullets(current.OutlineItems) : step.Turn.Text(ReportMsg.DocNotGiven))))
            {
                Choices = [step.Turn.Button(ReportMsg.ButtonChange, Change), step.Turn.Button(ReportMsg.ButtonKeep, Keep)],
            }, cancellationToken);
        }

        return await step.NextAsync(Change, cancellationToken);
    }

    private Task<DialogStatus> AskRtlAsync(WaterfallStep<State> step, CancellationToken cancellationToken) =>
        step.Result as string == Keep
            ? step.EndAsync(null, cancellationToken)
            : step.PromptAsync(Prompts.Text, new PromptOptions(step.Turn.Say(ReportMsg.FollowUpAskRtl)), cancellationToken);

    private Task<DialogStatus> AskOutlineAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        if (Items(step.ResultAs<string>()) is not { } rtl)
        {
            step.Turn.SendText(ReportMsg.FollowUpNeedItems);
            return step.GoToAsync(AskRtlAsync, Change, cancellationToken);
        }

        step.Values.Rtl = rtl;
        return step.PromptAsync(Prompts.Text, new PromptOptions(step.Turn.Say(ReportMsg.FollowUpAskOutline)), cancellationToken);
    }

    private async Task<DialogStatus> SaveAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        if (Items(step.ResultAs<string>()) is not { } outline)
        {
            step.Turn.SendText(ReportMsg.FollowUpNeedItems);
            return await step.GoToAsync(AskOutlineAsync, step.Values.Rtl, cancellationToken);
        }

        var participant = step.Turn.Person!;
        var followUp = await logbook.FollowUpOrNewAsync(participant.Id, cancellationToken);
        followUp.Rtl = step.Values.Rtl;
        followUp.Outline = outline;
        followUp.UpdatedAt = step.Turn.Now;
        step.Turn.SendText(ReportMsg.FollowUpSaved, ("rtl", followUp.RtlItems.Count), ("outline", followUp.OutlineItems.Count));
        return await step.EndAsync(null, cancellationToken);
    }

    /// <summary>The typed lines, normalised and capped; null when there is no item at all.</summary>
    private static string? Items(string text)
    {
        var lines = FollowUpPlan.Lines(text);
        var joined = string.Join("\n", lines);
        return lines.Count == 0 ? null : joined.Length <= MaxLength ? joined : joined[..MaxLength];
    }

    private static string Bullets(IEnumerable<string> items) => string.Join("\n", items.Select(i => "- " + i));
}
