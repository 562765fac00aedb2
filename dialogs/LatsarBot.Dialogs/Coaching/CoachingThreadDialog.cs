using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Dialogs;
using LatsarBot.Bot.Prompts;
using LatsarBot.Core.Coaching;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Data.Coaching;
using LatsarBot.Dialogs.Common;
using LatsarBot.Learning.Coaching;
using LatsarBot.Learning.Participants;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Dialogs.Coaching;

/// <summary>
/// One participant's coaching thread, for the staff: its latest messages, and the coach's typed reply. Begun by
/// <see cref="CoachingDialog"/> with "thread.open:{participant}" or "thread.reply:{participant}"; any other value
/// (the list, the logbook, back) ends it with that value for the parent. The participant is checked against
/// <see cref="LogbookAccess"/> each time a value names them.
/// </summary>
public sealed class CoachingThreadDialog(CurrentPerson currentPerson, CoachingRelay relay, LatsarDb db) : WaterfallDialog<CoachingThreadDialog.State>
{
    public const string DialogId = "coaching.thread";

    private const int RecentCount = 10;

    public override string Id => DialogId;

    public sealed class State
    {
        /// <summary>The participant whose reply is being typed; null while buttons are expected.</summary>
        public int? ReplyTo { get; set; }
    }

    protected override IReadOnlyList<StepFunc> DefineSteps() => [DispatchAsync, AnsweredAsync, AgainAsync];

    private MenuRoutes<WaterfallStep<State>> Routes => _routes ??= new MenuRoutes<WaterfallStep<State>>(HandBackAsync)
        .OnId(CoachingValues.OpenPrefix, OpenAsync)
        .OnId(CoachingValues.ReplyPrefix, AskReplyAsync);

    private MenuRoutes<WaterfallStep<State>>? _routes;

    private Task<DialogStatus> DispatchAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        step.Values.ReplyTo = null;
        return Routes.RouteAsync(step, step.Result as string, cancellationToken);
    }

    /// <summary>A typed reply is sent; its cancel shows the thread again; any pressed button is routed.</summary>
    private Task<DialogStatus> AnsweredAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        var text = step.Result as string;
        return step.Values.ReplyTo switch
        {
            { } participantId when text is not null && text != CoachingValues.Cancel => SendReplyAsync(step, participantId, text.Trim(), cancellationToken),
            { } participantId => step.GoToAsync(DispatchAsync, CoachingValues.Open(participantId), cancellationToken),
            null => step.GoToAsync(DispatchAsync, text, cancellationToken),
        };
    }

    /// <summary>An answer to a prompt that <see cref="AnsweredAsync"/> itself asked.</summary>
    private Task<DialogStatus> AgainAsync(WaterfallStep<State> step, CancellationToken cancellationToken) =>
        step.GoToAsync(AnsweredAsync, step.Result, cancellationToken);

    private async Task<DialogStatus> OpenAsync(WaterfallStep<State> step, int participantId, CancellationToken cancellationToken)
    {
        var me = currentPerson.Required<StaffMember>();
        if (await SubjectAsync(step, me, participantId, LogbookAction.ReadThread, cancellationToken) is not { } participant)
        {
            return await LeaveAsync(step, cancellationToken);
        }

        var turn = step.Turn;
        var recent = await CoachingThreads.RecentAsync(db, participant.Id, RecentCount, cancellationToken);
        var names = await db.People.Where(p => recent.Select(m => m.AuthorId).Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var lines = recent.Count == 0
            ? turn.Text(ThreadMsg.ViewEmpty)
            : string.Join("\n\n", recent.Select(m => turn.Text(ThreadMsg.ViewLine,
                ("name", names.GetValueOrDefault(m.AuthorId, "?")), ("time", CoachingView.Time(turn.Language, me.TimeZone, m.SentAt)), ("text", m.Text))));
        var thread = await db.CoachingThreads.FirstOrDefaultAsync(t => t.ParticipantId == participant.Id, cancellationToken);
        if (thread?.DueAt is { } due)
        {
            lines += "\n\n" + turn.Text(ThreadMsg.ViewWaiting, ("due", CoachingView.Due(turn.Language, me.TimeZone, due)));
        }

        List<ReplyButton> choices = [];
        if (LogbookAccess.Allows(me, participant, LogbookAction.Reply))
        {
            choices.Add(turn.Button(ThreadMsg.ButtonReply, CoachingValues.Reply(participant.Id)));
        }

        choices.Add(turn.Button(ThreadMsg.ButtonLogbook, CoachingValues.Logbook(participant.Id)));
        choices.Add(turn.Button(ThreadMsg.ButtonList, CoachingValues.List));
        return await step.PromptAsync(Prompts.Choice, new PromptOptions(turn.Say(ThreadMsg.ViewTitle, ("name", participant.Name), ("lines", lines))) { Choices = choices }, cancellationToken);
    }

    private async Task<DialogStatus> AskReplyAsync(WaterfallStep<State> step, int participantId, CancellationToken cancellationToken)
    {
        if (await SubjectAsync(step, currentPerson.Required<StaffMember>(), participantId, LogbookAction.Reply, cancellationToken) is not { } participant)
        {
            return await LeaveAsync(step, cancellationToken);
        }

        step.Values.ReplyTo = participant.Id;
        return await step.PromptAsync(Prompts.Text, new PromptOptions(step.Turn.Say(ThreadMsg.ReplyPrompt, ("name", participant.Name)))
        {
            Choices = [step.Turn.Button(ThreadMsg.ButtonCancel, CoachingValues.Cancel)],
        }, cancellationToken);
    }

    private async Task<DialogStatus> SendReplyAsync(WaterfallStep<State> step, int participantId, string text, CancellationToken cancellationToken)
    {
        // Asked again: the participant may have moved to another coach while the coach was typing.
        var me = currentPerson.Required<StaffMember>();
        if (await SubjectAsync(step, me, participantId, LogbookAction.Reply, cancellationToken) is not { } participant)
        {
            return await LeaveAsync(step, cancellationToken);
        }

        // The list is not shown at once: it is read from the database, where this turn's reply is not yet committed.
        var result = await relay.FromCoachAsync(me, participant, text, null, step.Turn.Now, cancellationToken);
        step.Values.ReplyTo = null;
        return await step.PromptAsync(Prompts.Choice, new PromptOptions(step.Turn.Say(result.Reached ? ThreadMsg.ReplySent : ThreadMsg.ReplySaved, ("name", participant.Name)))
        {
            Choices = [step.Turn.Button(ThreadMsg.ButtonList, CoachingValues.List), step.Turn.Button(ThreadMsg.ButtonBack, CoachingValues.Back)],
        }, cancellationToken);
    }

    private Task<Participant?> SubjectAsync(WaterfallStep<State> step, StaffMember me, int participantId, LogbookAction action, CancellationToken cancellationToken) =>
        CoachingDialog.SubjectAsync(step.Turn, relay, me, participantId, action, cancellationToken);

    /// <summary>A value this dialog does not handle is the parent's.</summary>
    private static Task<DialogStatus> HandBackAsync(WaterfallStep<State> step, CancellationToken cancellationToken) =>
        step.EndAsync(step.Result, cancellationToken);

    /// <summary>Out of coaching, the way the parent leaves.</summary>
    private static Task<DialogStatus> LeaveAsync(WaterfallStep<State> step, CancellationToken cancellationToken) =>
        step.EndAsync(CoachingValues.Back, cancellationToken);
}
