using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Mooc;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.StaffConsole;

/// <summary>One participant's line in a class table: their Evaluasi 1 record (the export's, one implementation) and the rest.</summary>
public sealed record ClassTableRow(int ParticipantId, int? Ndh, Evaluasi1Record Mooc, int ActualizationDays, DateTimeOffset? LastActive);

/// <summary>The participants of one class the signed-in scope may see, with what the console shows about each.</summary>
public static class ClassTable
{
    public static async Task<IReadOnlyList<ClassTableRow>> RowsAsync(LatsarDb db, Evaluasi1Report report, ConsoleScope scope, int classId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var participants = ConsoleAccess.Participants(db, scope).Where(p => p.ClassId == classId);
        var records = await report.ForAsync(participants, cancellationToken);
        var ids = records.Select(r => r.ParticipantId).ToList();
        var ndh = await db.Participants.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Ndh, cancellationToken);

        // Days logged, not entries: two entries on one day are one day of the 30.
        var days = await db.LogEntries.Where(e => ids.Contains(e.ParticipantId))
            .GroupBy(e => e.ParticipantId)
            .Select(g => new { g.Key, Days = g.Select(e => e.DayNumber).Distinct().Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Days, cancellationToken);

        // Last active: the last update they sent on any of their chats (what the bot sends them does not count).
        var lastActive = (await (
                from identity in db.ChannelIdentities
                where ids.Contains(identity.PersonId)
                join activity in db.InboundActivities
                    on new { identity.Channel, identity.ConversationId } equals new { activity.Channel, activity.ConversationId }
                group activity by identity.PersonId into g
                select new { PersonId = g.Key, Last = g.Max(a => a.ReceivedAt) })
            .ToListAsync(cancellationToken)).ToDictionary(g => g.PersonId, g => g.Last);

        return records.Select(r => new ClassTableRow(
            r.ParticipantId, ndh.GetValueOrDefault(r.ParticipantId), r.Record, days.GetValueOrDefault(r.ParticipantId),
            lastActive.TryGetValue(r.ParticipantId, out var last) ? last : null)).ToList();
    }
}
