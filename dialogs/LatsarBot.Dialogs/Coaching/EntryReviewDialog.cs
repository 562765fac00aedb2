using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Dialogs;
using LatsarBot.Bot.Prompts;
using LatsarBot.Core.Actualization;
using LatsarBot.Core.Coaching;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Data.Actualization;
using LatsarBot.Data.Coaching;
using LatsarBot.Dialogs.Common;
using LatsarBot.Learning.Coaching;
using LatsarBot.Learning.Participants;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Dialogs.Coaching;

/// <summary>
/// One logbook entry for the participant's coach or mentor: the entry with its reviews, the coach's typed comment and
/// "reviewed", the mentor's "diketahui". Begun by <see cref="CoachingDialog"/> with the value pressed
/// ("thread.entry:{entry}", "thread.comment:…", "thread.review:…", "thread.ack:…"); any other value (back to the
/// logbook) ends it with that value for the parent. The entry's participant is checked against <see cref="LogbookAccess"/> each time.
/// </summary>
public sealed class EntryReviewDialog(CurrentPerson currentPerson, CoachingRelay relay, ActualizationLogbook logbook, LatsarDb db) : WaterfallDialog<EntryReviewDialog.State>
{
    public const string DialogId = "coaching.entry";

    public override string Id => DialogId;

    public sealed class State
    {
        /// <summary>The entry whose comment is being typed; null while buttons are expected.</summary>
        public int? CommentOn { get; set; }
    }

    protected override IReadOnlyList<StepFunc> DefineSteps() => [DispatchAsync, AnsweredAsync, AgainAsync];

    private MenuRoutes<WaterfallStep<State>> Routes => _routes ??= new MenuRoutes<WaterfallStep<State>>((step, ct) => step.EndAsync(step.Result, ct))
        .OnId(CoachingValues.EntryPrefix, EntryAsync)
        .OnId(CoachingValues.CommentPrefix, AskCommentAsync)
        .OnId(CoachingValues.ReviewPrefix, (step, id, ct) => MarkAsync(step, id, EntryReviewKind.CoachReviewed, ct))
        .OnId(CoachingValues.AcknowledgePrefix, (step, id, ct) => MarkAsync(step, id, EntryReviewKind.MentorAcknowledged, ct));

    private MenuRoutes<WaterfallStep<State>>? _routes;

    private StaffMember Me => currentPerson.Required<StaffMember>();

    private Task<DialogStatus> DispatchAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        step.Values.CommentOn = null;
        return Routes.RouteAsync(step, step.Result as string, cancellationToken);
    }

    /// <summary>A typed comment is sent; its cancel shows the entry again; any pressed button is routed.</summary>
    private Task<DialogStatus> AnsweredAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        var text = step.Result as string;
        return step.Values.CommentOn switch
        {
            { } entryId when text is not null && text != CoachingValues.Cancel => SendCommentAsync(step, entryId, text.Trim(), cancellationToken),
            { } entryId => step.GoToAsync(DispatchAsync, CoachingValues.Entry(entryId), cancellationToken),
            null => step.GoToAsync(DispatchAsync, text, cancellationToken),
        };
    }

    /// <summary>An answer to a prompt that <see cref="AnsweredAsync"/> itself asked.</summary>
    private Task<DialogStatus> AgainAsync(WaterfallStep<State> step, CancellationToken cancellationToken) =>
        step.GoToAsync(AnsweredAsync, step.Result, cancellationToken);

    private async Task<DialogStatus> EntryAsync(WaterfallStep<State> step, int entryId, CancellationToken cancellationToken)
    {
        if (await EntryOfAsync(step, entryId, LogbookAction.Read, cancellationToken) is not var (entry, participant))
        {
            return await LeaveAsync(step, cancellationToken);
        }

        var turn = step.Turn;
        var reviews = (await EntryReviews.ByEntryAsync(db, [entry.Id], cancellationToken)).GetValueOrDefault(entry.Id) ?? [];
        List<ReplyButton> choices = [];
        if (LogbookAccess.Allows(Me, participant, LogbookAction.Review))
        {
            choices.Add(turn.Button(ThreadMsg.ButtonComment, CoachingValues.Comment(entry.Id)));
            if (reviews.All(r => r.Kind != EntryReviewKind.CoachReviewed))
            {
                choices.Add(turn.Button(ThreadMsg.ButtonReview, CoachingValues.Review(entry.Id)));
            }
        }

        if (LogbookAccess.Allows(Me, participant, LogbookAction.Acknowledge) && reviews.All(r => r.Kind != EntryReviewKind.MentorAcknowledged))
        {
            choices.Add(turn.Button(ThreadMsg.ButtonAcknowledge, CoachingValues.Acknowledge(entry.Id)));
        }

        choices.Add(turn.Button(ThreadMsg.ButtonLogbook, CoachingValues.Logbook(participant.Id)));
        return await step.PromptAsync(Prompts.Choice, new PromptOptions(LogbookReviewView.Entry(turn, entry, reviews, Me.TimeZone)) { Choices = choices }, cancellationToken);
    }

    private async Task<DialogStatus> AskCommentAsync(WaterfallStep<State> step, int entryId, CancellationToken cancellationToken)
    {
        if (await EntryOfAsync(step, entryId, LogbookAction.Review, cancellationToken) is not var (entry, _))
        {
            return await LeaveAsync(step, cancellationToken);
        }

        step.Values.CommentOn = entry.Id;
        return await step.PromptAsync(Prompts.Text, new PromptOptions(step.Turn.Say(ThreadMsg.CommentPrompt, ("day", entry.DayNumber)))
        {
            Choices = [step.Turn.Button(ThreadMsg.ButtonCancel, CoachingValues.Cancel)],
        }, cancellationToken);
    }

    private async Task<DialogStatus> SendCommentAsync(WaterfallStep<State> step, int entryId, string text, CancellationToken cancellationToken)
    {
        if (await EntryOfAsync(step, entryId, LogbookAction.Review, cancellationToken) is not var (entry, participant))
        {
            return await LeaveAsync(step, cancellationToken);
        }

        await relay.FromCoachAsync(Me, participant, text, entry, step.Turn.Now, cancellationToken);
        step.Turn.SendText(ThreadMsg.CommentSent, ("day", entry.DayNumber), ("name", participant.Name));
        return await step.GoToAsync(DispatchAsync, CoachingValues.Entry(entry.Id), cancellationToken);
    }

    /// <summary>The coach's "reviewed" or the mentor's "diketahui", once per entry and kind; then the logbook (the parent's).</summary>
    private async Task<DialogStatus> MarkAsync(WaterfallStep<State> step, int entryId, EntryReviewKind kind, CancellationToken cancellationToken)
    {
        var action = kind == EntryReviewKind.CoachReviewed ? LogbookAction.Review : LogbookAction.Acknowledge;
        if (await EntryOfAsync(step, entryId, action, cancellationToken) is not var (entry, _))
        {
            return await LeaveAsync(step, cancellationToken);
        }

        if ((await EntryReviews.ByEntryAsync(db, [entry.Id], cancellationToken)).GetValueOrDefault(entry.Id)?.Any(r => r.Kind == kind) != true)
        {
            db.EntryReviews.Add(new EntryReview { LogEntryId = entry.Id, Kind = kind, ReviewerId = Me.Id, At = step.Turn.Now });
        }

        step.Turn.SendText(kind == EntryReviewKind.CoachReviewed ? ThreadMsg.EntryReviewDone : ThreadMsg.EntryAcknowledgeDone, ("day", entry.DayNumber));
        return await step.GoToAsync(DispatchAsync, CoachingValues.Logbook(entry.ParticipantId), cancellationToken);
    }

    private async Task<(LogEntry Entry, Participant Participant)?> EntryOfAsync(WaterfallStep<State> step, int entryId, LogbookAction action, CancellationToken cancellationToken)
    {
        var owner = await db.LogEntries.Where(e => e.Id == entryId).Select(e => (int?)e.ParticipantId).FirstOrDefaultAsync(cancellationToken);
        if (await CoachingDialog.SubjectAsync(step.Turn, relay, Me, owner ?? 0, action, cancellationToken) is not { } participant)
        {
            return null;
        }

        var entry = await logbook.EntryAsync(participant.Id, entryId, cancellationToken);
        return entry is null ? null : (entry, participant);
    }

    /// <summary>Out of coaching, the way the parent leaves.</summary>
    private static Task<DialogStatus> LeaveAsync(WaterfallStep<State> step, CancellationToken cancellationToken) =>
        step.EndAsync(CoachingValues.Back, cancellationToken);
}
