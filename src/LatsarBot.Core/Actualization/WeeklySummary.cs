namespace LatsarBot.Core.Actualization;

/// <summary>
/// One participant's week of the actualization (DOMAIN.md A.8 weeks 1–7 · 8–14 · 15–21 · 22–28 · 29–30, C.5's
/// "rekap mingguan"): days logged, entries, values practised, evidence, activities progressed and days missed.
/// Days still to come are neither logged nor missed.
/// </summary>
public sealed record WeeklySummary(
    int Week,
    int FromDay,
    int ToDay,
    IReadOnlyList<int> DaysLogged,
    IReadOnlyList<int> DaysMissed,
    int Entries,
    BerAkhlakValues Values,
    int Evidence,
    IReadOnlyList<int> ActivitiesProgressed)
{
    public int Days => ToDay - FromDay + 1;

    /// <summary>The first and last day of a week (1–5).</summary>
    public static (int From, int To) DaysOf(int week) => week is >= 1 and <= ActualizationSchedule.Weeks
        ? ((week - 1) * 7 + 1, Math.Min(week * 7, ActualizationSchedule.Days))
        : throw new ArgumentOutOfRangeException(nameof(week), week, "Weeks are 1–5.");

    /// <param name="currentDay">The participant's day number now: days after it are not counted as missed.</param>
    public static WeeklySummary Of(int week, int currentDay, IEnumerable<LogEntry> entries)
    {
        var (from, to) = DaysOf(week);
        var inWeek = entries.Where(e => e.DayNumber >= from && e.DayNumber <= to).ToList();
        var logged = inWeek.Select(e => e.DayNumber).Distinct().Order().ToList();
        var missed = Enumerable.Range(from, Math.Max(0, Math.Min(to, currentDay) - from + 1)).Except(logged).ToList();
        return new WeeklySummary(
            week,
            from,
            to,
            logged,
            missed,
            inWeek.Count,
            inWeek.Aggregate(BerAkhlakValues.None, (all, e) => all | e.Values),
            inWeek.Sum(e => e.Evidence.Count),
            inWeek.Select(e => e.PlannedActivityId).Distinct().Order().ToList());
    }
}
