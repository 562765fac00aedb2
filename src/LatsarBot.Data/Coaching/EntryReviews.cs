using LatsarBot.Core.Coaching;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Data.Coaching;

/// <summary>The coach's reviews and the mentor's acknowledgements of logbook entries.</summary>
public static class EntryReviews
{
    /// <summary>The entries' reviews by entry, with any this turn just added (tracked, not yet committed).</summary>
    public static async Task<Dictionary<int, List<EntryReview>>> ByEntryAsync(LatsarDb db, IReadOnlyCollection<int> entryIds, CancellationToken cancellationToken)
    {
        await db.EntryReviews.Where(r => entryIds.Contains(r.LogEntryId)).LoadAsync(cancellationToken);
        return db.EntryReviews.Local.Where(r => entryIds.Contains(r.LogEntryId))
            .GroupBy(r => r.LogEntryId).ToDictionary(g => g.Key, g => g.ToList());
    }
}
