using System.Globalization;
using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Messages;
using LatsarBot.Bot.Outbox;
using LatsarBot.Core.Actualization;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Data.Outbox;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Learning.Actualization.Report;

/// <summary>
/// The weekly summary (issue 5, item 3): to each participant of a cohort their own week, and to each coach one
/// message listing their participants, each in the recipient's language. Keys make a run exactly-once: a second run
/// for the same cohort and week (a misfire, a second node, an operator retrying) enqueues nothing again.
/// The scheduler calls <see cref="EnqueueAsync"/>; the CLI does too.
/// </summary>
public sealed class WeeklySummaries(ProactiveOutbox outbox, MessageCatalog messages)
{
    /// <summary>
    /// Composes and enqueues the week's summaries; null when there is no such cohort. With <paramref name="onlyParticipants"/>
    /// only those participants get theirs (a reminder slot of one zone); a coach's message still covers all their participants.
    /// </summary>
    public async Task<EnqueueResult?> EnqueueAsync(
        LatsarDb db, int cohortId, int week, DateTimeOffset now, CancellationToken cancellationToken, IReadOnlySet<int>? onlyParticipants = null)
    {
        var (from, _) = WeeklySummary.DaysOf(week);
        if (!await db.Cohorts.AnyAsync(c => c.Id == cohortId, cancellationToken))
        {
            return null;
        }

        var participants = await db.Participants.AsNoTracking()
            .Where(p => p.Class!.CohortId == cohortId)
            .Join(db.ActualizationPlans.Where(a => a.StartDate != null), p => p.Id, a => a.ParticipantId, (p, a) => new { Participant = p, a.StartDate, a.Activities })
            .ToListAsync(cancellationToken);
        var ids = participants.Select(p => p.Participant.Id).ToList();
        var entries = (await db.LogEntries.AsNoTracking().Include(e => e.Evidence).Where(e => ids.Contains(e.ParticipantId)).ToListAsync(cancellationToken))
            .ToLookup(e => e.ParticipantId);

        var batch = string.Create(CultureInfo.InvariantCulture, $"weekly-summary:{cohortId}:{week}");
        var outgoing = new List<ProactiveMessage>();
        var byCoach = new Dictionary<int, List<(string Name, WeeklySummary Summary)>>();
        foreach (var row in participants.OrderBy(p => p.Participant.Name, StringComparer.Ordinal))
        {
            var day = ActualizationSchedule.DayNumber(row.StartDate!.Value, ActualizationSchedule.Today(row.Participant.TimeZone, now));
            if (day < from)
            {
                // Their week has not begun (a later start date): nothing to sum up yet.
                continue;
            }

            var summary = WeeklySummary.Of(week, day, entries[row.Participant.Id]);
            var titles = row.Activities.Where(a => summary.ActivitiesProgressed.Contains(a.Id)).Select(a => a.Title).ToList();
            if (onlyParticipants is null || onlyParticipants.Contains(row.Participant.Id))
            {
                outgoing.Add(new ProactiveMessage(row.Participant.Id, $"{batch}:p{row.Participant.Id}", OutboxPayload.Of(ForParticipant(summary, titles, row.Participant.Language))) { Batch = batch });
            }

            if (row.Participant.CoachId is { } coach)
            {
                (byCoach.TryGetValue(coach, out var list) ? list : byCoach[coach] = []).Add((row.Participant.Name, summary));
            }
        }

        var coachIds = byCoach.Keys.ToList();
        var coaches = await db.Staff.AsNoTracking().Where(s => coachIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Language, cancellationToken);
        outgoing.AddRange(byCoach.Where(c => coaches.ContainsKey(c.Key)).Select(c =>
            new ProactiveMessage(c.Key, $"{batch}:c{c.Key}", OutboxPayload.Of(ForCoach(week, c.Value, coaches[c.Key]))) { Batch = batch }));
        return await outbox.EnqueueAsync(db, outgoing, now, cancellationToken);
    }

    public Reply ForParticipant(WeeklySummary summary, IReadOnlyList<string> activityTitles, Language language)
    {
        string T(string key, params (string, object?)[] args) => messages.Text(language, key, args);
        var lines = new List<string>
        {
            T(ReportMsg.WeeklyTitle, ("week", summary.Week), ("from", summary.FromDay), ("to", summary.ToDay)),
            T(ReportMsg.WeeklyBody, ("days_logged", summary.DaysLogged.Count), ("days", summary.Days), ("entries", summary.Entries), ("evidence", summary.Evidence)),
        };
        if (summary.Values != BerAkhlakValues.None)
        {
            lines.Add(T(ReportMsg.WeeklyValues, ("values", string.Join(", ", BerAkhlak.Split(summary.Values).Select(v => T(ValueMsg.Of(v)))))));
        }

        if (activityTitles.Count > 0)
        {
            lines.Add(T(ReportMsg.WeeklyActivities, ("activities", string.Join(", ", activityTitles))));
        }

        lines.Add(summary.DaysMissed.Count > 0
            ? T(ReportMsg.WeeklyMissed, ("days_missed", string.Join(", ", summary.DaysMissed)))
            : T(ReportMsg.WeeklyNoneMissed));
        return new Reply(string.Join("\n", lines));
    }

    public Reply ForCoach(int week, IReadOnlyList<(string Name, WeeklySummary Summary)> participants, Language language)
    {
        var (from, to) = WeeklySummary.DaysOf(week);
        var lines = new List<string> { messages.Text(language, ReportMsg.WeeklyCoachTitle, ("week", week), ("from", from), ("to", to)) };
        lines.AddRange(participants.Count == 0
            ? [messages.Text(language, ReportMsg.WeeklyCoachEmpty)]
            : participants.Select(p => messages.Text(language, ReportMsg.WeeklyCoachLine, ("name", p.Name), ("days_logged", p.Summary.DaysLogged.Count),
                ("days", p.Summary.Days), ("entries", p.Summary.Entries), ("evidence", p.Summary.Evidence), ("missed", p.Summary.DaysMissed.Count))));
        return new Reply(string.Join("\n", lines));
    }
}
