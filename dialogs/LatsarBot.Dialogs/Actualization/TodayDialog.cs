using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Dialogs;
using LatsarBot.Bot.Prompts;
using LatsarBot.Core.Actualization;
using LatsarBot.Core.Participants;
using LatsarBot.Data.Actualization;
using LatsarBot.Dialogs.Common;

namespace LatsarBot.Dialogs.Actualization;

/// <summary>
/// Today's entries: pick one, then rewrite what was done or delete it (with its evidence). Only today's, in the
/// participant's zone: earlier days are the record the coach reads and stay as written.
/// </summary>
public sealed class TodayDialog(ActualizationLogbook logbook) : WaterfallDialog<TodayDialog.State>
{
    public const string DialogId = "actualization.today";

    private const string Edit = "edit";
    private const string Delete = "delete";
    private const string Back = "back";

    public override string Id => DialogId;

    public sealed class State
    {
        public int EntryId { get; set; }
    }

    protected override IReadOnlyList<StepFunc> DefineSteps() => [PickAsync, ActionAsync, RouteAsync, ApplyAsync];

    private async Task<DialogStatus> PickAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        var participant = step.Turn.Person!;
        var entries = await logbook.EntriesOnAsync(participant.Id, ActualizationSchedule.Today(participant.TimeZone, step.Turn.Now), cancellationToken);
        if (entries.Count == 0)
        {
            step.Turn.SendText(ActualizationMsg.TodayNone);
            return await step.EndAsync(null, cancellationToken);
        }

        return await step.PromptAsync(Prompts.Choice, new PromptOptions(step.Turn.Say(ActualizationMsg.TodayPick))
        {
            Choices = [.. entries.Select(e => new ReplyButton($"{e.PlannedActivity?.Title}: {Shorten(e.WhatWasDone)}", "e:" + e.Id)), step.Turn.Button(ActualizationMsg.ButtonBack, Back)],
        }, cancellationToken);
    }

    private async Task<DialogStatus> ActionAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        var entry = await TodaysAsync(step, step.ResultAs<string>(), cancellationToken);
        if (entry is null)
        {
            return await step.EndAsync(null, cancellationToken);
        }

        step.Values.EntryId = entry.Id;
        var text = step.Turn.Say(ActualizationMsg.TodayEntry, ("title", entry.PlannedActivity?.Title), ("done", entry.WhatWasDone),
            ("values", ActualizationView.Values(step.Turn, entry.Values)), ("evidence", entry.Evidence.Count));
        return await step.PromptAsync(Prompts.Choice, new PromptOptions(text)
        {
            Choices = [step.Turn.Button(ActualizationMsg.ButtonEdit, Edit), step.Turn.Button(ActualizationMsg.ButtonDelete, Delete), step.Turn.Button(ActualizationMsg.ButtonBack, Back)],
        }, cancellationToken);
    }

    private Task<DialogStatus> RouteAsync(WaterfallStep<State> step, CancellationToken cancellationToken) => step.ResultAs<string>() switch
    {
        Edit => step.PromptAsync(Prompts.Text, new PromptOptions(step.Turn.Say(ActualizationMsg.TodayEditAsk)) { Choices = [step.Turn.Button(ActualizationMsg.ButtonCancel, Back)] }, cancellationToken),
        Delete => step.PromptAsync(Prompts.Confirm, new PromptOptions(step.Turn.Say(ActualizationMsg.TodayDeleteConfirm)), cancellationToken),
        _ => step.EndAsync(null, cancellationToken),
    };

    private async Task<DialogStatus> ApplyAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        var entry = await TodaysAsync(step, "e:" + step.Values.EntryId, cancellationToken);
        switch (step.Result)
        {
            case true when entry is not null:
                logbook.Remove(entry);
                step.Turn.SendText(ActualizationMsg.TodayDeleted);
                break;
            case string text when text != Back && entry is not null:
                entry.WhatWasDone = text;
                entry.EditedAt = step.Turn.Now;
                step.Turn.SendText(ActualizationMsg.TodayEdited);
                break;
        }

        return await step.EndAsync(null, cancellationToken);
    }

    /// <summary>The chosen entry, only if it is the participant's own and from today (a stale button finds nothing).</summary>
    private async Task<LogEntry?> TodaysAsync(WaterfallStep<State> step, string choice, CancellationToken cancellationToken)
    {
        var participant = step.Turn.Person!;
        if (!choice.StartsWith("e:", StringComparison.Ordinal) || !int.TryParse(choice[2..], out var id))
        {
            return null;
        }

        var entry = await logbook.EntryAsync(participant.Id, id, cancellationToken);
        return entry?.Date == ActualizationSchedule.Today(participant.TimeZone, step.Turn.Now) ? entry : null;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..39] + "…";
}
