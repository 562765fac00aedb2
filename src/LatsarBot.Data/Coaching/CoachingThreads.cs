using LatsarBot.Core.Coaching;
using LatsarBot.Core.Participants;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Data.Coaching;

/// <summary>
/// Reads over coaching threads for the coach's list, the organiser's overdue view and CLI, and the reminders
/// (which remind coaches of <see cref="OverdueAsync"/> or of threads due soon).
/// </summary>
public static class CoachingThreads
{
    /// <summary>
    /// Threads whose deadline has passed at <paramref name="now"/> with the participant's message still unanswered,
    /// oldest deadline first; narrowed to one institution and/or one cohort (by name) when given.
    /// </summary>
    public static async Task<IReadOnlyList<OverdueThread>> OverdueAsync(
        LatsarDb db, DateTimeOffset now, int? institutionId = null, string? cohort = null, CancellationToken cancellationToken = default)
    {
        var query =
            from thread in db.CoachingThreads
            where thread.DueAt != null && thread.DueAt <= now
            join participant in db.Participants on thread.ParticipantId equals participant.Id
            select new { thread, participant };
        if (institutionId is { } institution)
        {
            query = query.Where(r => r.participant.InstitutionId == institution);
        }

        if (cohort is not null)
        {
            query = query.Where(r => r.participant.Class!.Cohort!.Name == cohort);
        }

        var rows = await query
            .OrderBy(r => r.thread.DueAt).ThenBy(r => r.thread.Id)
            .Select(r => new OverdueThread(
                r.thread.Id, r.participant.Id, r.participant.Name, r.participant.Ndh, r.participant.Class!.Name, r.participant.Class.Cohort!.Name,
                r.participant.CoachId, r.participant.Coach!.Name, r.thread.WaitingSince!.Value, r.thread.DueAt!.Value))
            .ToListAsync(cancellationToken);
        return rows;
    }

    /// <summary>
    /// The participants a coach or mentor looks after, with their thread's state: waiting for an answer first (the
    /// oldest deadline first), then by last message, newest first, then participants who have not written yet.
    /// Empty for anyone else (<see cref="LogbookAccess.ScopeOf"/>).
    /// </summary>
    public static async Task<IReadOnlyList<ThreadSummary>> ForStaffAsync(LatsarDb db, Person staff, CancellationToken cancellationToken)
    {
        IQueryable<Participant> mine = LogbookAccess.ScopeOf(staff) switch
        {
            StaffScope.Coach => db.Participants.Where(p => p.CoachId == staff.Id),
            StaffScope.Mentor => db.Participants.Where(p => p.MentorId == staff.Id),
            _ => db.Participants.Where(_ => false),
        };

        var rows = await (
            from participant in mine
            join t in db.CoachingThreads on participant.Id equals t.ParticipantId into threads
            from thread in threads.DefaultIfEmpty()
            select new
            {
                participant.Id,
                participant.Name,
                participant.Ndh,
                ClassName = participant.Class!.Name,
                LastAt = thread == null ? (DateTimeOffset?)null : thread.LastMessageAt,
                DueAt = thread == null ? null : thread.DueAt,
                Last = thread == null ? null : db.ThreadMessages.Where(m => m.ThreadId == thread.Id).OrderByDescending(m => m.SentAt).ThenByDescending(m => m.Id).Select(m => m.Text).FirstOrDefault(),
            }).ToListAsync(cancellationToken);

        return rows
            .Select(r => new ThreadSummary(r.Id, r.Name, r.Ndh, r.ClassName, r.Last, r.LastAt, r.DueAt))
            .OrderBy(s => s.DueAt is null)
            .ThenBy(s => s.DueAt)
            .ThenBy(s => s.LastMessageAt is null)
            .ThenByDescending(s => s.LastMessageAt)
            .ThenBy(s => s.ParticipantName, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The last <paramref name="count"/> messages of a participant's thread, oldest first.</summary>
    public static async Task<IReadOnlyList<ThreadMessage>> RecentAsync(LatsarDb db, int participantId, int count, CancellationToken cancellationToken)
    {
        var messages = await db.ThreadMessages
            .Where(m => db.CoachingThreads.Any(t => t.Id == m.ThreadId && t.ParticipantId == participantId))
            .OrderByDescending(m => m.SentAt).ThenByDescending(m => m.Id)
            .Take(count)
            .ToListAsync(cancellationToken);
        messages.Reverse();
        return messages;
    }
}
