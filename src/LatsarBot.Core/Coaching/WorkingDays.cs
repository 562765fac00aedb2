namespace LatsarBot.Core.Coaching;

/// <summary>Monday to Friday, less the holidays given (the content's holiday calendar); a date rule in the NodaTime DateAdjusters manner.</summary>
public static class WorkingDays
{
    public static bool IsWorkingDay(DateOnly date, IReadOnlySet<DateOnly> holidays) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(date);

    /// <summary>The <paramref name="count"/>-th working day after <paramref name="date"/> (the day itself never counts).</summary>
    public static DateOnly Add(DateOnly date, int count, IReadOnlySet<DateOnly> holidays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var day = date;
        for (var left = count; left > 0;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day, holidays))
            {
                left--;
            }
        }

        return day;
    }
}
