using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Dialogs;
using LatsarBot.Bot.Prompts;
using LatsarBot.Core.Coaching;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Data.Actualization;
using LatsarBot.Data.Coaching;
using LatsarBot.Dialogs.Actualization;
using LatsarBot.Dialogs.Common;
using LatsarBot.Learning.Coaching;
using LatsarBot.Learning.Participants;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Dialogs.Coaching;

/// <summary>
/// The staff side ("🧑‍🏫 Coaching", /coach, the buttons under a relayed message): a coach's or mentor's participants
/// (waiting first, overdue flagged), a thread with its latest messages and the coach's reply, a participant's logbook
/// and one entry with comment, review and "diketahui mentor"; for an organiser, the overdue threads of their institution.
/// Every value that names a participant or an entry goes through <see cref="LogbookAccess"/> when it is handled.
/// </summary>
public sealed partial class CoachingDialog(CurrentPerson currentPerson, CoachingRelay relay, ActualizationLogbook logbook, LatsarDb db)
    : WaterfallDialog<CoachingDialog.State>
{
    public const string DialogId = "coaching.staff";

    private const int RecentCount = 10;
    private const int EntryButtons = 12;

    public override string Id => DialogId;

    public sealed class State
    {
        /// <summary>What the text being asked for is: "reply:{participant}" or "comment:{entry}".</summary>
        public string? Pending { get; set; }
    }

    protected override IReadOnlyList<StepFunc> DefineSteps() => [StartAsync, DispatchAsync, AnsweredAsync, AgainAsync];

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

    private async Task<DialogStatus> DispatchAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        var me = currentPerson.Required<StaffMember>();
        step.Values.Pending = null;
        return CoachingValues.Parse(step.Result as string) switch
        {
            ("list", null) => await ListAsync(step, me, cancellationToken),
            ("open", { } id) => await OpenAsync(step, me, id, cancellationToken),
            ("reply", { } id) => await AskReplyAsync(step, me, id, cancellationToken),
            ("log", { } id) => await LogbookAsync(step, me, id, cancellationToken),
            ("entry", { } id) => await EntryAsync(step, me, id, cancellationToken),
            ("comment", { } id) => await AskCommentAsync(step, me, id, cancellationToken),
            ("review", { } id) => await MarkAsync(step, me, id, EntryReviewKind.CoachReviewed, cancellationToken),
            ("ack", { } id) => await MarkAsync(step, me, id, EntryReviewKind.MentorAcknowledged, cancellationToken),
            ("overdue", null) => await OverdueAsync(step, me, cancellationToken),
            _ => await LeaveAsync(step, cancellationToken),
        };
    }

    /// <summary>A typed reply or comment is sent; any pressed button is dispatched.</summary>
    private async Task<DialogStatus> AnsweredAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        var me = currentPerson.Required<StaffMember>();
        var text = step.Result as string;
        switch (step.Values.Pending?.Split(':', 2))
        {
            case ["reply", var p] when text is not null && text != CoachingValues.Cancel:
                return await SendReplyAsync(step, me, int.Parse(p, System.Globalization.CultureInfo.InvariantCulture), text.Trim(), cancellationToken);
            case ["reply", var p]:
                return await step.GoToAsync(DispatchAsync, CoachingValues.Open(int.Parse(p, System.Globalization.CultureInfo.InvariantCulture)), cancellationToken);
            case ["comment", var e] when text is not null && text != CoachingValues.Cancel:
                return await SendCommentAsync(step, me, int.Parse(e, System.Globalization.CultureInfo.InvariantCulture), text.Trim(), cancellationToken);
            case ["comment", var e]:
                return await step.GoToAsync(DispatchAsync, CoachingValues.Entry(int.Parse(e, System.Globalization.CultureInfo.InvariantCulture)), cancellationToken);
            default:
                return await step.GoToAsync(DispatchAsync, text, cancellationToken);
        }
    }

    /// <summary>An answer to a prompt that <see cref="AnsweredAsync"/> itself asked.</summary>
    private Task<DialogStatus> AgainAsync(WaterfallStep<State> step, CancellationToken cancellationToken) =>
        step.GoToAsync(AnsweredAsync, step.Result, cancellationToken);

    private async Task<DialogStatus> ListAsync(WaterfallStep<State> step, StaffMember me, CancellationToken cancellationToken)
    {
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

    private async Task<DialogStatus> OpenAsync(WaterfallStep<State> step, StaffMember me, int participantId, CancellationToken cancellationToken)
    {
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
        return await ChooseAsync(step, turn.Say(ThreadMsg.ViewTitle, ("name", participant.Name), ("lines", lines)), choices, cancellationToken);
    }

    private async Task<DialogStatus> AskReplyAsync(WaterfallStep<State> step, StaffMember me, int participantId, CancellationToken cancellationToken)
    {
        if (await SubjectAsync(step, me, participantId, LogbookAction.Reply, cancellationToken) is not { } participant)
        {
            return await LeaveAsync(step, cancellationToken);
        }

        step.Values.Pending = "reply:" + participant.Id;
        return await step.PromptAsync(Prompts.Text, new PromptOptions(step.Turn.Say(ThreadMsg.ReplyPrompt, ("name", participant.Name)))
        {
            Choices = [step.Turn.Button(ThreadMsg.ButtonCancel, CoachingValues.Cancel)],
        }, cancellationToken);
    }

    private async Task<DialogStatus> SendReplyAsync(WaterfallStep<State> step, StaffMember me, int participantId, string text, CancellationToken cancellationToken)
    {
        // Asked again: the participant may have moved to another coach while the coach was typing.
        if (await SubjectAsync(step, me, participantId, LogbookAction.Reply, cancellationToken) is not { } participant)
        {
            return await LeaveAsync(step, cancellationToken);
        }

        // The list is not shown at once: it is read from the database, where this turn's reply is not yet committed.
        var result = await relay.FromCoachAsync(me, participant, text, null, step.Turn.Now, cancellationToken);
        step.Values.Pending = null;
        return await ChooseAsync(step, step.Turn.Say(result.Reached ? ThreadMsg.ReplySent : ThreadMsg.ReplySaved, ("name", participant.Name)),
            [step.Turn.Button(ThreadMsg.ButtonList, CoachingValues.List), step.Turn.Button(ThreadMsg.ButtonBack, CoachingValues.Back)], cancellationToken);
    }

    private async Task<DialogStatus> OverdueAsync(WaterfallStep<State> step, StaffMember me, CancellationToken cancellationToken)
    {
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

    /// <summary>The participant, when <paramref name="me"/> may do <paramref name="action"/> with them; otherwise a polite denial and null.</summary>
    private async Task<Participant?> SubjectAsync(WaterfallStep<State> step, StaffMember me, int participantId, LogbookAction action, CancellationToken cancellationToken)
    {
        var participant = await relay.ParticipantAsync(participantId, cancellationToken);
        if (participant is not null && LogbookAccess.Allows(me, participant, action))
        {
            return participant;
        }

        // The same answer whether the participant exists or not: a guessed id tells nothing.
        step.Turn.SendText(ThreadMsg.Denied);
        return null;
    }

    private static Task<DialogStatus> ChooseAsync(WaterfallStep<State> step, Reply prompt, IReadOnlyList<ReplyButton> choices, CancellationToken cancellationToken) =>
        step.PromptAsync(Prompts.Choice, new PromptOptions(prompt) { Choices = choices }, cancellationToken);

    /// <summary>Back to where the person came from; a coaching view opened by a button from an old message returns to the main menu.</summary>
    private static Task<DialogStatus> LeaveAsync(WaterfallStep<State> step, CancellationToken cancellationToken) =>
        step.Context.Stack.Count == 1
            ? step.ReplaceAsync(MainMenuDialog.DialogId, null, cancellationToken)
            : step.EndAsync(null, cancellationToken);
}
