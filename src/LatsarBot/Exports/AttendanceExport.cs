using LatsarBot.Core.Participants;
using LatsarBot.Data;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Exports;

/// <summary>
/// Attendance as recorded (see <see cref="ExportKind.Attendance"/>): the days each participant wrote to the bot, counted
/// in their own zone, and the actualization days they logged.
/// </summary>
public static class AttendanceExport
{
    public static readonly IReadOnlyList<string> Columns =
        ["Nip", "Name", "Class", "Ndh", "DaysActive", "FirstActive", "LastActive", "ActualizationDaysLogged"];

    public static async Task<ExportTable> BuildAsync(LatsarDb db, IQueryable<Participant> participants, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var people = await participants
            .OrderBy(p => p.Class!.Name).ThenBy(p => p.Ndh).ThenBy(p => p.Name)
            .Select(p => new { p.Id, p.Nip, p.Name, Class = p.Class!.Name, p.Ndh, p.TimeZone }).ToListAsync(cancellationToken);
        var ids = people.Select(p => p.Id).ToList();

        // What they sent on any of their chats; what the bot sent them is not attendance.
        var activity = (await (
                from identity in db.ChannelIdentities
                where ids.Contains(identity.PersonId)
                join inbound in db.InboundActivities
                    on new { identity.Channel, identity.ConversationId } equals new { inbound.Channel, inbound.ConversationId }
                select new { identity.PersonId, inbound.ReceivedAt })
            .ToListAsync(cancellationToken)).ToLookup(a => a.PersonId, a => a.ReceivedAt);
        var logged = await db.LogEntries.Where(e => ids.Contains(e.ParticipantId))
            .GroupBy(e => e.ParticipantId)
            .Select(g => new { g.Key, Days = g.Select(e => e.DayNumber).Distinct().Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Days, cancellationToken);

        var rows = people.Select(p =>
        {
            var times = activity[p.Id].ToList();
            var days = times.Select(t => DateOnly.FromDateTime(p.TimeZone.ToLocal(t).DateTime)).Distinct().Count();
            return (IReadOnlyList<object?>)
            [
                p.Nip?.Value ?? "", p.Name, p.Class, p.Ndh, days,
                times.Count == 0 ? null : times.Min(), times.Count == 0 ? null : times.Max(), logged.GetValueOrDefault(p.Id),
            ];
        }).ToList();
        return new ExportTable("Kehadiran", Columns, rows);
    }
}
