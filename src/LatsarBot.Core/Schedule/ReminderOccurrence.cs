namespace LatsarBot.Core.Schedule;

/// <summary>
/// One date a reminder is due for a calendar: <see cref="PlannedDate"/> names the run (exactly-once keys use it);
/// <see cref="Date"/> and <see cref="Time"/> are when it goes out locally, after holidays and quiet hours.
/// </summary>
public sealed record ReminderOccurrence(string ReminderId, DateOnly PlannedDate, DateOnly Date, TimeOnly Time)
{
    /// <summary>Every occurrence of <paramref name="plan"/> in <paramref name="calendar"/>; none when its phase has no dates.</summary>
    public static IEnumerable<ReminderOccurrence> Of(ReminderPlan plan, PhaseCalendar calendar, HolidayCalendar holidays, QuietHours quiet)
    {
        if (calendar[plan.Phase] is not { } phase)
        {
            yield break;
        }

        foreach (var planned in PlannedDates(plan.When, phase.From, phase.To))
        {
            var date = planned;
            if (holidays.IsHoliday(planned))
            {
                if (plan.Holiday == HolidayPolicy.Skip || plan.When.Daily)
                {
                    continue;
                }

                date = holidays.NextWorkingDay(planned);
            }

            var (outDate, outTime) = quiet.Defer(date, plan.When.Time);
            yield return new ReminderOccurrence(plan.Id, planned, outDate, outTime);
        }
    }

    private static IEnumerable<DateOnly> PlannedDates(ReminderTiming when, DateOnly from, DateOnly to)
    {
        if (when.OffsetDays is { } offset)
        {
            yield return (when.Anchor == PhaseAnchor.Start ? from : to).AddDays(offset);
        }
        else if (when.Days.Count > 0)
        {
            foreach (var day in when.Days)
            {
                yield return from.AddDays(day - 1);
            }
        }
        else if (when.Daily)
        {
            var last = when.ToDay is { } toDay ? from.AddDays(toDay - 1) : to;
            for (var date = from.AddDays(when.FromDay - 1); date <= last && date <= to; date = date.AddDays(1))
            {
                yield return date;
            }
        }
    }
}
