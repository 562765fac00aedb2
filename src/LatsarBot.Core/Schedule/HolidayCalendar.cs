namespace LatsarBot.Core.Schedule;

/// <summary>National holidays and cuti bersama (content/holidays.yaml): days a reminder skips or defers past.</summary>
public sealed class HolidayCalendar(IReadOnlyDictionary<DateOnly, string> days)
{
    public static HolidayCalendar Empty { get; } = new(new Dictionary<DateOnly, string>());

    public IReadOnlyDictionary<DateOnly, string> Days => days;

    public bool IsHoliday(DateOnly date) => days.ContainsKey(date);

    public bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsHoliday(date);

    /// <summary>The first working day after <paramref name="date"/> (Monday–Friday, not a holiday).</summary>
    public DateOnly NextWorkingDay(DateOnly date)
    {
        var next = date.AddDays(1);
        while (!IsWorkingDay(next))
        {
            next = next.AddDays(1);
        }

        return next;
    }
}
