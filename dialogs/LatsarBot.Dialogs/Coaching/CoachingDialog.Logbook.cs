using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Dialogs;
using LatsarBot.Bot.Prompts;
using LatsarBot.Core.Actualization;
using LatsarBot.Core.Coaching;
using LatsarBot.Core.Participants;
using LatsarBot.Dialogs.Actualization;
using LatsarBot.Dialogs.Common;
using LatsarBot.Learning.Coaching;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Dialogs.Coaching;

/// <summary>The logbook side of <see cref="CoachingDialog"/>: a participant's entries, one entry, the coach's comment and review, the mentor's acknowledgement.</summary>
public sealed partial class CoachingDialog
{
    private async Task<DialogStatus> LogbookAsync(WaterfallStep<State> step, StaffMember me, int participantId, CancellationToken cancellationToken)
    {
        if (await SubjectAsync(step, me, participantId, LogbookAction.Read, cancellationToken) is not { } participant)
        {
            return await LeaveAsync(step, cancellationToken);
        }

        var turn = step.Turn;
        var entries = (await logbook.EntriesAsync(participant.Id, cancellationToken)).OrderByDescending(e => e.Date).ThenByDescending(e => e.Id).Take(EntryButtons).ToList();
        var back = LogbookAccess.ScopeOf(me) == StaffScope.Coach ? CoachingValues.Open(participant.Id) : CoachingValues.List;
        if (entries.Count == 0)
        {
            return await ChooseAsync(step, turn.Say(ThreadMsg.LogbookEmpty, ("name", participant.Name)), [turn.Button(ThreadMsg.ButtonList, back)], cancellationToken);
        }

        var reviews = await ReviewsAsync(entries.Select(e => e.Id).ToList(), cancellationToken);
        var lines = string.Join("\n", entries.Select(e => Marks(reviews, e.Id) + turn.Text(ThreadMsg.LogbookLine, ("day", e.DayNumber), ("activity", e.PlannedActivity?.Title))));
        var buttons = entries.Select(e => new ReplyButton(Marks(reviews, e.Id) + turn.Text(ThreadMsg.LogbookLine, ("day", e.DayNumber), ("activity", CoachingView.Shorten(e.PlannedActivity?.Title ?? "", 30))), CoachingValues.Entry(e.Id)));
        return await ChooseAsync(step, turn.Say(ThreadMsg.LogbookTitle, ("name", participant.Name), ("lines", lines)), [.. buttons, turn.Button(ThreadMsg.ButtonList, back)], cancellationToken);
    }

    private async Task<DialogStatus> EntryAsync(WaterfallStep<State> step, StaffMember me, int entryId, CancellationToken cancellationToken)
    {
        if (await EntryOfAsync(step, me, entryId, LogbookAction.Read, cancellationToken) is not var (entry, participant))
        {
            return await LeaveAsync(step, cancellationToken);
        }

        var turn = step.Turn;
        var reviews = (await ReviewsAsync([entry.Id], cancellationToken)).GetValueOrDefault(entry.Id) ?? [];
        var status = new List<string>();
        foreach (var review in reviews.OrderBy(r => r.Kind))
        {
            var key = review.Kind == EntryReviewKind.CoachReviewed ? ThreadMsg.EntryReviewed : ThreadMsg.EntryAcknowledged;
            status.Add(turn.Text(key, ("time", CoachingView.Time(turn.Language, me.TimeZone, review.At))));
        }

        if (reviews.All(r => r.Kind != EntryReviewKind.CoachReviewed))
        {
            status.Insert(0, turn.Text(ThreadMsg.EntryNotReviewed));
        }

        var text = turn.Say(ThreadMsg.EntryView, ("day", entry.DayNumber), ("date", CoachingView.Date(turn.Language, entry.Date)), ("activity", entry.PlannedActivity?.Title),
            ("done", entry.WhatWasDone), ("values", ActualizationView.Values(turn, entry.Values)), ("evidence", entry.Evidence.Count), ("status", string.Join("\n", status)));
        List<ReplyButton> choices = [];
        if (LogbookAccess.Allows(me, participant, LogbookAction.Review))
        {
            choices.Add(turn.Button(ThreadMsg.ButtonComment, CoachingValues.Comment(entry.Id)));
            if (reviews.All(r => r.Kind != EntryReviewKind.CoachReviewed))
            {
                choices.Add(turn.Button(ThreadMsg.ButtonReview, CoachingValues.Review(entry.Id)));
            }
        }

        if (LogbookAccess.Allows(me, participant, LogbookAction.Acknowledge) && reviews.All(r => r.Kind != EntryReviewKind.MentorAcknowledged))
        {
            choices.Add(turn.Button(ThreadMsg.ButtonAcknowledge, CoachingValues.Acknowledge(entry.Id)));
        }

        choices.Add(turn.Button(ThreadMsg.ButtonLogbook, CoachingValues.Logbook(participant.Id)));
        return await ChooseAsync(step, text, choices, cancellationToken);
    }

    private async Task<DialogStatus> AskCommentAsync(WaterfallStep<State> step, StaffMember me, int entryId, CancellationToken cancellationToken)
    {
        if (await EntryOfAsync(step, me, entryId, LogbookAction.Review, cancellationToken) is not var (entry, _))
        {
            return await LeaveAsync(step, cancellationToken);
        }

        step.Values.Pending = "comment:" + entry.Id;
        return await step.PromptAsync(Prompts.Text, new PromptOptions(step.Turn.Say(ThreadMsg.CommentPrompt, ("day", entry.DayNumber)))
        {
            Choices = [step.Turn.Button(ThreadMsg.ButtonCancel, CoachingValues.Cancel)],
        }, cancellationToken);
    }

    private async Task<DialogStatus> SendCommentAsync(WaterfallStep<State> step, StaffMember me, int entryId, string text, CancellationToken cancellationToken)
    {
        if (await EntryOfAsync(step, me, entryId, LogbookAction.Review, cancellationToken) is not var (entry, participant))
        {
            return await LeaveAsync(step, cancellationToken);
        }

        await relay.FromCoachAsync(me, participant, text, entry, step.Turn.Now, cancellationToken);
        step.Turn.SendText(ThreadMsg.CommentSent, ("day", entry.DayNumber), ("name", participant.Name));
        return await step.GoToAsync(DispatchAsync, CoachingValues.Entry(entry.Id), cancellationToken);
    }

    /// <summary>The coach's "reviewed" or the mentor's "diketahui", once per entry and kind.</summary>
    private async Task<DialogStatus> MarkAsync(WaterfallStep<State> step, StaffMember me, int entryId, EntryReviewKind kind, CancellationToken cancellationToken)
    {
        var action = kind == EntryReviewKind.CoachReviewed ? LogbookAction.Review : LogbookAction.Acknowledge;
        if (await EntryOfAsync(step, me, entryId, action, cancellationToken) is not var (entry, _))
        {
            return await LeaveAsync(step, cancellationToken);
        }

        if ((await ReviewsAsync([entry.Id], cancellationToken)).GetValueOrDefault(entry.Id)?.Any(r => r.Kind == kind) != true)
        {
            db.EntryReviews.Add(new EntryReview { LogEntryId = entry.Id, Kind = kind, ReviewerId = me.Id, At = step.Turn.Now });
        }

        step.Turn.SendText(kind == EntryReviewKind.CoachReviewed ? ThreadMsg.EntryReviewDone : ThreadMsg.EntryAcknowledgeDone, ("day", entry.DayNumber));
        return await step.GoToAsync(DispatchAsync, CoachingValues.Logbook(entry.ParticipantId), cancellationToken);
    }

    private async Task<(LogEntry Entry, Participant Participant)?> EntryOfAsync(WaterfallStep<State> step, StaffMember me, int entryId, LogbookAction action, CancellationToken cancellationToken)
    {
        var owner = await db.LogEntries.Where(e => e.Id == entryId).Select(e => (int?)e.ParticipantId).FirstOrDefaultAsync(cancellationToken);
        if (await SubjectAsync(step, me, owner ?? 0, action, cancellationToken) is not { } participant)
        {
            return null;
        }

        var entry = await logbook.EntryAsync(participant.Id, entryId, cancellationToken);
        return entry is null ? null : (entry, participant);
    }

    /// <summary>The entries' reviews, with one this turn just added (tracked, not yet committed).</summary>
    private async Task<Dictionary<int, List<EntryReview>>> ReviewsAsync(List<int> entryIds, CancellationToken cancellationToken)
    {
        await db.EntryReviews.Where(r => entryIds.Contains(r.LogEntryId)).LoadAsync(cancellationToken);
        return db.EntryReviews.Local.Where(r => entryIds.Contains(r.LogEntryId))
            .GroupBy(r => r.LogEntryId).ToDictionary(g => g.Key, g => g.ToList());
    }

    private static string Marks(Dictionary<int, List<EntryReview>> reviews, int entryId)
    {
        var kinds = reviews.GetValueOrDefault(entryId)?.Select(r => r.Kind).ToList() ?? [];
        var marks = (kinds.Contains(EntryReviewKind.CoachReviewed) ? "✅" : "") + (kinds.Contains(EntryReviewKind.MentorAcknowledged) ? "👁️" : "");
        return marks.Length > 0 ? marks + " " : "";
    }
}
