using LatsarBot.Core.Participants;

namespace LatsarBot.Core.Actualization;

/// <summary>
/// The 30-day calendar of the workplace actualization (DOMAIN.md A.8, the [I] crisp day mapping): day numbers
/// from the participant's start date, the week a day falls in, and which blocks apply on it.
/// Days count calendar days (AMB-16: schedules come from the real calendar, not from working-day arithmetic).
/// </summary>
public static class ActualizationSchedule
{
    public const int Days = 30;

    public const int Weeks = 5;

    /// <summary>The participant's calendar date at an instant: the clock plus their zone, the one place it is computed.</summary>
    public static DateOnly Today(TimeZoneCode zone, DateTimeOffset now) => DateOnly.FromDateTime(zone.ToLocal(now).DateTime);

    /// <summary>Day 1 is the start date; 0 or less is before the actualization, more than <see cref="Days"/> after it.</summary>
    public static int DayNumber(DateOnly start, DateOnly today) => today.DayNumber - start.DayNumber + 1;

    public static bool IsWithin(int day) => day is >= 1 and <= Days;

    /// <summary>The deck's bands 1–7 · 8–14 · 15–21 · 22–28 · 29–30 as weeks 1–5.</summary>
    public static int Week(int day) => IsWithin(day)
        ? (day - 1) / 7 + 1
        : throw new ArgumentOutOfRangeException(nameof(day), day, "Outside the 30 days.");

    /// <summary>
    /// Block A on days 1–28 (the draft report is completed in 22–28), Block B on 22–28, Block C on 29–30,
    /// PKTBT in parallel on all 30 days (its default window, AMB-14).
    /// </summary>
    public static ActualizationBlocks BlocksOn(int day) => day switch
    {
        >= 1 and <= 21 => ActualizationBlocks.A | ActualizationBlocks.Pktbt,
        >= 22 and <= 28 => ActualizationBlocks.A | ActualizationBlocks.B | ActualizationBlocks.Pktbt,
        29 or 30 => ActualizationBlocks.C | ActualizationBlocks.Pktbt,
        _ => ActualizationBlocks.None,
    };
}
