using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Pipeline;
using LatsarBot.Core.Actualization;
using LatsarBot.Core.Coaching;
using LatsarBot.Dialogs.Actualization;
using LatsarBot.Learning.Coaching;

namespace LatsarBot.Dialogs.Coaching;

/// <summary>How a participant's logbook reads to their coach or mentor: marks on each entry, one entry with its reviews.</summary>
public static class LogbookReviewView
{
    /// <summary>"✅👁️ " for an entry reviewed by the coach and acknowledged by the mentor; "" for neither.</summary>
    public static string Marks(IReadOnlyDictionary<int, List<EntryReview>> reviews, int entryId)
    {
        var kinds = reviews.GetValueOrDefault(entryId)?.Select(r => r.Kind).ToList() ?? [];
        var marks = (kinds.Contains(EntryReviewKind.CoachReviewed) ? "✅" : "") + (kinds.Contains(EntryReviewKind.MentorAcknowledged) ? "👁️" : "");
        return marks.Length > 0 ? marks + " " : "";
    }

    /// <summary>The entry as written, then who has reviewed or acknowledged it and when (in the reader's zone).</summary>
    public static Reply Entry(Turn turn, LogEntry entry, IReadOnlyList<EntryReview> reviews, Core.Participants.TimeZoneCode zone)
    {
        var status = new List<string>();
        foreach (var review in reviews.OrderBy(r => r.Kind))
        {
            var key = review.Kind == EntryReviewKind.CoachReviewed ? ThreadMsg.EntryReviewed : ThreadMsg.EntryAcknowledged;
            status.Add(turn.Text(key, ("time", CoachingView.Time(turn.Language, zone, review.At))));
        }

        if (reviews.All(r => r.Kind != EntryReviewKind.CoachReviewed))
        {
            status.Insert(0, turn.Text(ThreadMsg.EntryNotReviewed));
        }

        return turn.Say(ThreadMsg.EntryView, ("day", entry.DayNumber), ("date", CoachingView.Date(turn.Language, entry.Date)), ("activity", entry.PlannedActivity?.Title),
            ("done", entry.WhatWasDone), ("values", ActualizationView.Values(turn, entry.Values)), ("evidence", entry.Evidence.Count), ("status", string.Join("\n", status)));
    }
}
