using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Dialogs;
using LatsarBot.Bot.Pipeline;
using LatsarBot.Bot.Prompts;
using LatsarBot.Core.Coaching;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Data.Coaching;
using LatsarBot.Dialogs.Common;
using LatsarBot.Learning.Coaching;
using LatsarBot.Learning.Participants;

namespace LatsarBot.Dialogs.Coaching;

/// <summary>
/// The staff side ("🧑‍🏫 Coaching", /coach, the buttons under a relayed message): a coach's or mentor's participants
/// (waiting first, overdue flagged), and for an organiser the overdue threads of their institution. A thread with the
/// coach's reply is <see cref="CoachingThreadDialog"/>, a participant's logbook <see cref="LogbookReviewDialog"/>, one
/// entry with comment, review and "diketahui mentor" <see cref="EntryReviewDialog"/>; each ends with the value it does not handle, which comes back here.
/// </summary>
public sealed class CoachingDialog(CurrentPerson currentPerson, LatsarDb db) : WaterfallDialog<CoachingDialog.State>
{
    public const string DialogId = "coaching.staff";

    public override string Id => DialogId;

    /// <summary>2: the thread and the logbook became child dialogs (a saved version 1 restarts cleanly).</summary>
    public override int Version => 2;

    public sealed class State;

    protected override IReadOnlyList<StepFunc> DefineSteps() => [StartAsync, DispatchAsync, RedispatchAsync];

    /// <summary>Every coaching value; anything else ("thread.back", a value naming nothing) leaves coaching.</summary>
    private MenuRoutes<WaterfallStep<State>> Routes => _routes ??= new MenuRoutes<WaterfallStep<State>>(LeaveAsync)
        .On(CoachingValues.List, ListAsync)
        .On(CoachingValues.Overdue, OverdueAsync)
        .OnId(CoachingValues.OpenPrefix, (step, _, ct) => Child(step, CoachingThreadDialog.DialogId, ct))
        .OnId(CoachingValues.ReplyPrefix, (step, _, ct) => Child(step, CoachingThreadDialog.DialogId, ct))
        .OnId(CoachingValues.LogbookPrefix, (step, _, ct) => Child(step, LogbookReviewDialog.DialogId, ct))
        .OnId(CoachingValues.EntryPrefix, (step, _, ct) => Child(step, EntryReviewDialog.DialogId, ct))
        .OnId(CoachingValues.CommentPrefix, (step, _, ct) => Child(step, EntryReviewDialog.DialogId, ct))
        .OnId(CoachingValues.ReviewPrefix, (step, _, ct) => Child(step, EntryReviewDialog.DialogId, ct))
        .OnId(CoachingValues.AcknowledgePrefix, (step, _, ct) => Child(step, EntryReviewDialog.DialogId, ct));

    private MenuRoutes<WaterfallStep<State>>? _routes;

    private async Task<DialogStatus> StartAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        if (currentPerson.Entity is not StaffMember me)
        {
            step.Turn.SendText(step.Result is string ? ThreadMsg.Denied : ThreadMsg.OnlyStaff);
            return await step.EndAsync(null, cancellationToken);
        }

        var first = step.Result as string ?? (me.StaffRole == Role.Organiser ? CoachingValues.Overdue : CoachingValues.List);
        return await step.GoToAsync(DispatchAsync, first, cancellationToken);
    }

    private Task<DialogStatus> DispatchAsync(WaterfallStep<State> step, CancellationToken cancellationToken) =>
        Routes.RouteAsync(step, step.Result as string, cancellationToken);

    /// <summary>A button pressed here, or the value a child ended with.</summary>
    private Task<DialogStatus> RedispatchAsync(WaterfallStep<State> step, CancellationToken cancellationToken) =>
        step.GoToAsync(DispatchAsync, step.Result, cancellationToken);

    /// <summary>The child begins with the value itself and routes it the same way.</summary>
    private static Task<DialogStatus> Child(WaterfallStep<State> step, string dialogId, CancellationToken cancellationToken) =>
        step.BeginAsync(dialogId, step.Result, cancellationToken);

    private async Task<DialogStatus> ListAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        var me = currentPerson.Required<StaffMember>();
        var threads = await CoachingThreads.ForStaffAsync(db, me, cancellationToken);
        var turn = step.Turn;
        if (threads.Count == 0)
        {
            turn.SendText(ThreadMsg.ListEmpty);
            return await LeaveAsync(step, cancellationToken);
        }

        var mentor = LogbookAccess.ScopeOf(me) == StaffScope.Mentor;
        var lines = string.Join("\n", threads.Select(t => t switch
        {
            _ when mentor => turn.Text(ThreadMsg.ListMentee, ("name", t.ParticipantName)),
            { LastMessage: null } => turn.Text(ThreadMsg.ListNone, ("name", t.ParticipantName)),
            _ when t.IsOverdue(turn.Now) => turn.Text(ThreadMsg.ListOverdue, ("name", t.ParticipantName), ("due", CoachingView.Due(turn.Language, me.TimeZone, t.DueAt!.Value)), ("last", CoachingView.Shorten(t.LastMessage))),
            { DueAt: { } due } => turn.Text(ThreadMsg.ListWaiting, ("name", t.ParticipantName), ("due", CoachingView.Due(turn.Language, me.TimeZone, due)), ("last", CoachingView.Shorten(t.LastMessage))),
            _ => turn.Text(ThreadMsg.ListLast, ("name", t.ParticipantName), ("time", CoachingView.Time(turn.Language, me.TimeZone, t.LastMessageAt!.Value)), ("last", CoachingView.Shorten(t.LastMessage))),
        }));
        IEnumerable<ReplyButton> open = threads.Select(t => mentor
            ? new ReplyButton(t.ParticipantName, CoachingValues.Logbook(t.ParticipantId))
            : new ReplyButton((t.IsOverdue(turn.Now) ? "⚠️ " : t.IsWaiting ? "⏳ " : "") + t.ParticipantName, CoachingValues.Open(t.ParticipantId)));
        return await ChooseAsync(step, turn.Say(ThreadMsg.ListTitle, ("lines", lines)), [.. open, turn.Button(ThreadMsg.ButtonBack, CoachingValues.Back)], cancellationToken);
    }

    private async Task<DialogStatus> OverdueAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        var me = currentPerson.Required<StaffMember>();
        var turn = step.Turn;
        if (me.StaffRole != Role.Organiser)
        {
            turn.SendText(ThreadMsg.Denied);
            return await LeaveAsync(step, cancellationToken);
        }

        var overdue = await CoachingThreads.OverdueAsync(db, turn.Now, institutionId: me.InstitutionId, cancellationToken: cancellationToken);
        if (overdue.Count == 0)
        {
            turn.SendText(ThreadMsg.OverdueNone);
            return await LeaveAsync(step, cancellationToken);
        }

        var lines = string.Join("\n", overdue.Select(o => turn.Text(ThreadMsg.OverdueLine, ("name", o.ParticipantName), ("ndh", o.Ndh), ("class", o.ClassName),
            ("coach", o.CoachName ?? "—"), ("since", CoachingView.Time(turn.Language, me.TimeZone, o.WaitingSince)), ("due", CoachingView.Due(turn.Language, me.TimeZone, o.DueAt)))));
        return await ChooseAsync(step, turn.Say(ThreadMsg.OverdueTitle, ("lines", lines)), [turn.Button(ThreadMsg.ButtonBack, CoachingValues.Back)], cancellationToken);
    }

    private static Task<DialogStatus> ChooseAsync(WaterfallStep<State> step, Reply prompt, IReadOnlyList<ReplyButton> choices, CancellationToken cancellationToken) =>
        step.PromptAsync(Prompts.Choice, new PromptOptions(prompt) { Choices = choices }, cancellationToken);

    /// <summary>
    /// The participant, when <paramref name="me"/> may do <paramref name="action"/> with them; otherwise a polite denial
    /// and null, the same whether the participant exists or not (a guessed id tells nothing). The children ask it too.
    /// </summary>
    internal static async Task<Participant?> SubjectAsync(Turn turn, CoachingRelay relay, StaffMember me, int participantId, LogbookAction action, CancellationToken cancellationToken)
    {
        var participant = await relay.SubjectAsync(me, participantId, action, cancellationToken);
        if (participant is null)
        {
            turn.SendText(ThreadMsg.Denied);
        }

        return participant;
    }

    /// <summary>Back to where the person came from; a coaching view opened by a button from an old message returns to the main menu.</summary>
    private static Task<DialogStatus> LeaveAsync(WaterfallStep<State> step, CancellationToken cancellationToken) =>
        step.Context.Stack.Count == 1
            ? step.ReplaceAsync(MainMenuDialog.DialogId, null, cancellationToken)
            : step.EndAsync(null, cancellationToken);
}
