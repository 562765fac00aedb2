using LatsarBot.Core.Coaching;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.StaffConsole.Progress;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.StaffConsole.Charts;

/// <summary>The figures behind a class's charts, from the rows the signed-in scope may see: counts only, never what anyone wrote.</summary>
public static class ClassCharts
{
    /// <summary>Trophy counts in bands; 28 is the MOOC minimum, so it starts a band of its own.</summary>
    public static IReadOnlyList<ChartBar> TrophyDistribution(IReadOnlyList<ProgressRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        (string Label, int From, int To)[] bands = [("0", 0, 0), ("1–9", 1, 9), ("10–19", 10, 19), ("20–27", 20, 27), ("≥ 28", 28, int.MaxValue)];
        return bands.Select(b => new ChartBar(b.Label, rows.Count(r => r.Row.Mooc.Trophies >= b.From && r.Row.Mooc.Trophies <= b.To), Late: b.To < ClassFilter.StragglerTrophies)).ToList();
    }

    /// <summary>
    /// MOOC → post test passed → 30 actualization days → graduation. Graduation is not recorded by LatsarBot yet, so that
    /// step counts those who have everything the bot knows of (post test passed and all 30 days logged) and says so.
    /// </summary>
    public static IReadOnlyList<ChartBar> Funnel(IReadOnlyList<ProgressRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return
        [
            new ChartBar("Peserta", rows.Count),
            new ChartBar("MOOC: minimum terpenuhi", rows.Count(r => r.Row.Mooc.AttitudeScore is not null)),
            new ChartBar("Post test lulus", rows.Count(r => r.PostTestPassed)),
            new ChartBar("Aktualisasi 30 hari", rows.Count(r => r.PostTestPassed && r.Row.ActualizationDays >= Core.Schedule.PhaseCalendar.ActualizationDays)),
        ];
    }

    /// <summary>How many of the participants logged each actualization day (1–30).</summary>
    public static async Task<IReadOnlyList<ChartBar>> LoggingPerDayAsync(LatsarDb db, IReadOnlyList<ProgressRow> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = rows.Select(r => r.Row.ParticipantId).ToList();
        var perDay = await db.LogEntries.AsNoTracking().Where(e => ids.Contains(e.ParticipantId))
            .Select(e => new { e.DayNumber, e.ParticipantId }).Distinct()
            .GroupBy(e => e.DayNumber).Select(g => new { Day = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Day, g => g.Count, cancellationToken);
        return Enumerable.Range(1, Core.Schedule.PhaseCalendar.ActualizationDays).Select(d => new ChartBar($"Hari {d}", perDay.GetValueOrDefault(d))).ToList();
    }

    /// <summary>
    /// Each participant question the coach answered, by whether the answer came before its deadline (the same
    /// <see cref="ReplyDeadline"/> the relay sets), and the questions still waiting, before or past theirs.
    /// </summary>
    public static async Task<IReadOnlyList<ChartBar>> ReplyTimesAsync(LatsarDb db, IReadOnlyList<ProgressRow> rows, int workingDays, IReadOnlySet<DateOnly> holidays, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = rows.Select(r => r.Row.ParticipantId).ToList();
        var zones = await db.Participants.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.TimeZone, cancellationToken);
        var messages = await (
                from thread in db.CoachingThreads.AsNoTracking()
                where ids.Contains(thread.ParticipantId)
                join message in db.ThreadMessages.AsNoTracking() on thread.Id equals message.ThreadId
                select new { thread.ParticipantId, message.ThreadId, message.Author, message.SentAt, message.Id })
            .ToListAsync(cancellationToken);
        int withinDay = 0, onTime = 0, late = 0, waiting = 0, overdue = 0;
        foreach (var thread in messages.GroupBy(m => (m.ThreadId, m.ParticipantId)))
        {
            var zone = zones.GetValueOrDefault(thread.Key.ParticipantId, TimeZoneCode.Wib);
            DateTimeOffset? asked = null;
            foreach (var message in thread.OrderBy(m => m.SentAt).ThenBy(m => m.Id))
            {
                if (message.Author == ThreadAuthor.Participant)
                {
                    asked ??= message.SentAt;
                }
                else if (asked is { } since)
                {
                    var due = ReplyDeadline.DueAt(since, zone, workingDays, holidays);
                    if (message.SentAt > due)
                    {
                        late++;
                    }
                    else if (message.SentAt - since <= TimeSpan.FromDays(1))
                    {
                        withinDay++;
                    }
                    else
                    {
                        onTime++;
                    }

                    asked = null;
                }
            }

            if (asked is { } open)
            {
                if (ReplyDeadline.DueAt(open, zone, workingDays, holidays) <= now)
                {
                    overdue++;
                }
                else
                {
                    waiting++;
                }
            }
        }

        return
        [
            new ChartBar("Dibalas ≤ 24 jam", withinDay),
            new ChartBar("Dibalas sebelum tenggat", onTime),
            new ChartBar("Dibalas lewat tenggat", late, Late: true),
            new ChartBar("Menunggu, belum tenggat", waiting),
            new ChartBar("Menunggu, lewat tenggat", overdue, Late: true),
        ];
    }
}
