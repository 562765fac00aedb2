namespace LatsarBot.Core.Schedule;

/// <summary>
/// The phase dates that apply to one class: its own where it has them, the cohort's otherwise. Checked by
/// <see cref="Problems"/>: phases in order, the actualization 30 days, classical learning 6 days.
/// </summary>
public sealed class PhaseCalendar
{
    public const int ActualizationDays = 30;

    public const int ClassicalDays = 6;

    private readonly SortedDictionary<Phase, (DateOnly From, DateOnly To)> _phases = [];

    public static PhaseCalendar For(IEnumerable<PhaseDates> rows, int? classId)
    {
        var calendar = new PhaseCalendar();
        var list = rows.ToList();
        foreach (var row in list.Where(r => r.ClassId is null))
        {
            calendar._phases[row.Phase] = (row.From, row.To);
        }

        foreach (var row in list.Where(r => classId is not null && r.ClassId == classId))
        {
            calendar._phases[row.Phase] = (row.From, row.To);
        }

        return calendar;
    }

    public IEnumerable<(Phase Phase, DateOnly From, DateOnly To)> Phases => _phases.Select(p => (p.Key, p.Value.From, p.Value.To));

    public bool IsEmpty => _phases.Count == 0;

    public (DateOnly From, DateOnly To)? this[Phase phase] => _phases.TryGetValue(phase, out var dates) ? dates : null;

    public PhaseCalendar With(Phase phase, DateOnly from, DateOnly to)
    {
        var copy = new PhaseCalendar();
        foreach (var (key, value) in _phases)
        {
            copy._phases[key] = value;
        }

        copy._phases[phase] = (from, to);
        return copy;
    }

    /// <summary>The phase running on <paramref name="today"/> (the later one where two overlap), or null between or outside phases.</summary>
    public Phase? Current(DateOnly today) =>
        _phases.Where(p => p.Value.From <= today && today <= p.Value.To).Select(p => (Phase?)p.Key).LastOrDefault();

    /// <summary>Days left in a phase counting today, or null outside it.</summary>
    public int? DaysLeft(Phase phase, DateOnly today) =>
        this[phase] is { } d && d.From <= today && today <= d.To ? d.To.DayNumber - today.DayNumber + 1 : null;

    /// <summary>What is wrong with these dates, one sentence each; empty when they can be used.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        foreach (var (phase, (from, to)) in _phases)
        {
            if (to < from)
            {
                problems.Add($"{phase.Code()} ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).");
            }
        }

        if (this[Phase.Actualization] is { } act && act.To.DayNumber - act.From.DayNumber + 1 != ActualizationDays)
        {
            problems.Add($"actualization must last {ActualizationDays} days (day 1 = its start); {act.From:yyyy-MM-dd}..{act.To:yyyy-MM-dd} is {act.To.DayNumber - act.From.DayNumber + 1}.");
        }

        if (this[Phase.Classical] is { } cl && cl.To.DayNumber - cl.From.DayNumber + 1 != ClassicalDays)
        {
            problems.Add($"classical learning must be {ClassicalDays} days (HARI I–VI); {cl.From:yyyy-MM-dd}..{cl.To:yyyy-MM-dd} is {cl.To.DayNumber - cl.From.DayNumber + 1}.");
        }

        // MOOC first; online learning and the actualization (both distance learning) may overlap each other;
        // classical learning after both; the graduation meeting from the last classical day on.
        Before(Phase.Mooc, Phase.Online, problems);
        Before(Phase.Mooc, Phase.Actualization, problems);
        Before(Phase.Online, Phase.Classical, problems);
        Before(Phase.Actualization, Phase.Classical, problems);
        Before(Phase.Mooc, Phase.Classical, problems);
        if (this[Phase.Classical] is { } c && this[Phase.Graduation] is { } g && g.From < c.To)
        {
            problems.Add($"graduation ({g.From:yyyy-MM-dd}) must be on or after the last classical day ({c.To:yyyy-MM-dd}).");
        }

        return problems;
    }

    private void Before(Phase first, Phase second, List<string> problems)
    {
        if (this[first] is { } a && this[second] is { } b && a.To >= b.From)
        {
            problems.Add($"{first.Code()} (to {a.To:yyyy-MM-dd}) must end before {second.Code()} starts ({b.From:yyyy-MM-dd}).");
        }
    }
}
