using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Mooc;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.StaffConsole.Progress;

/// <summary>A class table line with what the filters and charts also need: the coach replies waiting and the chat they use.</summary>
public sealed record ProgressRow(ClassTableRow Row, bool ReplyWaiting, bool ReplyOverdue, string? Channel)
{
    public bool PostTestPassed => Row.Mooc.Status == Evaluasi1Report.StatusPassed;

    /// <summary>The participants of one class the scope may see, as <see cref="ClassTable"/> reads them, with the rest added in two grouped queries.</summary>
    public static async Task<IReadOnlyList<ProgressRow>> ForClassAsync(LatsarDb db, Evaluasi1Report report, ConsoleScope scope, int classId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await ClassTable.RowsAsync(db, report, scope, classId, cancellationToken);
        var ids = rows.Select(r => r.ParticipantId).ToList();
        var waiting = await db.CoachingThreads.AsNoTracking().Where(t => ids.Contains(t.ParticipantId) && t.WaitingSince != null)
            .Select(t => new { t.ParticipantId, t.DueAt }).ToDictionaryAsync(t => t.ParticipantId, t => t.DueAt, cancellationToken);

        // The chat they were last seen on, as the outbox would pick it: the most recently updated conversation.
        var chats = await (
                from identity in db.ChannelIdentities.AsNoTracking()
                where ids.Contains(identity.PersonId)
                join conversation in db.Conversations.AsNoTracking()
                    on new { identity.Channel, identity.ConversationId } equals new { conversation.Channel, conversation.ConversationId }
                select new { identity.PersonId, identity.Channel, conversation.UpdatedAt })
            .ToListAsync(cancellationToken);
        var channel = chats.GroupBy(c => c.PersonId).ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.UpdatedAt).First().Channel);

        return rows.Select(r => new ProgressRow(
            r,
            waiting.ContainsKey(r.ParticipantId),
            waiting.TryGetValue(r.ParticipantId, out var due) && due is { } d && d <= now,
            channel.GetValueOrDefault(r.ParticipantId))).ToList();
    }
}
