using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Dialogs;
using LatsarBot.Bot.Prompts;
using LatsarBot.Core.Coaching;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Data.Actualization;
using LatsarBot.Data.Coaching;
using LatsarBot.Dialogs.Common;
using LatsarBot.Learning.Coaching;
using LatsarBot.Learning.Participants;

namespace LatsarBot.Dialogs.Coaching;

/// <summary>
/// A participant's logbook for their coach or mentor: the latest entries, each marked reviewed or acknowledged, as
/// buttons. Begun by <see cref="CoachingDialog"/> with "thread.log:{participant}"; any other value (an entry, back to
/// the thread or the list) ends it with that value for the parent. The participant is checked against
/// <see cref="LogbookAccess"/> each time.
/// </summary>
public sealed class LogbookReviewDialog(CurrentPerson currentPerson, CoachingRelay relay, ActualizationLogbook logbook, LatsarDb db) : WaterfallDialog<LogbookReviewDialog.State>
{
    public const string DialogId = "coaching.logbook";

    private const int EntryButtons = 12;

    public override string Id => DialogId;

    public sealed class State;

    protected override IReadOnlyList<StepFunc> DefineSteps() => [DispatchAsync, RedispatchAsync];

    private MenuRoutes<WaterfallStep<State>> Routes => _routes ??= new MenuRoutes<WaterfallStep<State>>((step, ct) => step.EndAsync(step.Result, ct))
        .OnId(CoachingValues.LogbookPrefix, LogbookAsync);

    private MenuRoutes<WaterfallStep<State>>? _routes;

    private Task<DialogStatus> DispatchAsync(WaterfallStep<State> step, CancellationToken cancellationToken) =>
        Routes.RouteAsync(step, step.Result as string, cancellationToken);

    private Task<DialogStatus> RedispatchAsync(WaterfallStep<State> step, CancellationToken cancellationToken) =>
        step.GoToAsync(DispatchAsync, step.Result, cancellationToken);

    private async Task<DialogStatus> LogbookAsync(WaterfallStep<State> step, int participantId, CancellationToken cancellationToken)
    {
        var me = currentPerson.Required<StaffMember>();
        if (await CoachingDialog.SubjectAsync(step.Turn, relay, me, participantId, LogbookAction.Read, cancellationToken) is not { } participant)
        {
            return await step.EndAsync(CoachingValues.Back, cancellationToken);
        }

        var turn = step.Turn;
        var entries = (await logbook.EntriesAsync(participant.Id, cancellationToken)).OrderByDescending(e => e.Date).ThenByDescending(e => e.Id).Take(EntryButtons).ToList();
        var back = LogbookAccess.ScopeOf(me) == StaffScope.Coach ? CoachingValues.Open(participant.Id) : CoachingValues.List;
        if (entries.Count == 0)
        {
            return await ChooseAsync(step, turn.Say(ThreadMsg.LogbookEmpty, ("name", participant.Name)), [turn.Button(ThreadMsg.ButtonList, back)], cancellationToken);
        }

        var reviews = await EntryReviews.ByEntryAsync(db, entries.Select(e => e.Id).ToList(), cancellationToken);
        var lines = string.Join("\n", entries.Select(e => LogbookReviewView.Marks(reviews, e.Id) + turn.Text(ThreadMsg.LogbookLine, ("day", e.DayNumber), ("activity", e.PlannedActivity?.Title))));
        var buttons = entries.Select(e => new ReplyButton(
            LogbookReviewView.Marks(reviews, e.Id) + turn.Text(ThreadMsg.LogbookLine, ("day", e.DayNumber), ("activity", CoachingView.Shorten(e.PlannedActivity?.Title ?? "", 30))),
            CoachingValues.Entry(e.Id)));
        return await ChooseAsync(step, turn.Say(ThreadMsg.LogbookTitle, ("name", participant.Name), ("lines", lines)), [.. buttons, turn.Button(ThreadMsg.ButtonList, back)], cancellationToken);
    }

    private static Task<DialogStatus> ChooseAsync(WaterfallStep<State> step, Reply prompt, IReadOnlyList<ReplyButton> choices, CancellationToken cancellationToken) =>
        step.PromptAsync(Prompts.Choice, new PromptOptions(prompt) { Choices = choices }, cancellationToken);
}
