using LatsarBot.Core.Actualization;
using LatsarBot.Core.Participants;

namespace LatsarBot.Core.Tests.Actualization;

public sealed class ActualizationScheduleTests
{
    public static TheoryData<string, string, int> DayNumbers => new()
    {
        // start, today, day
        { "2026-04-01", "2026-04-01", 1 },
        { "2026-04-01", "2026-04-12", 12 },
        { "2026-04-01", "2026-04-30", 30 },
        { "2026-04-01", "2026-05-01", 31 },
        { "2026-04-01", "2026-03-31", 0 },
        // Across month ends, a leap February and a year end.
        { "2026-01-20", "2026-02-18", 30 },
        { "2028-02-15", "2028-03-01", 16 },
        { "2026-02-15", "2026-03-01", 15 },
        { "2026-12-20", "2027-01-18", 30 },
    };

    [Theory, MemberData(nameof(DayNumbers))]
    public void DayNumber_FromStartDate_CountsCalendarDays(string start, string today, int expected)
    {
        var day = ActualizationSchedule.DayNumber(DateOnly.Parse(start), DateOnly.Parse(today));

        Assert.Equal(expected, day);
    }

    public static TheoryData<string, TimeZoneCode, string> LocalDates => new()
    {
        // UTC instant, zone, the participant's date: 16:30 UTC is 23:30 WIB but already 00:30 WITA, 01:30 WIT.
        { "2026-04-11T16:30:00Z", TimeZoneCode.Wib, "2026-04-11" },
        { "2026-04-11T16:30:00Z", TimeZoneCode.Wita, "2026-04-12" },
        { "2026-04-11T16:30:00Z", TimeZoneCode.Wit, "2026-04-12" },
        { "2026-04-11T14:59:59Z", TimeZoneCode.Wit, "2026-04-11" },
        { "2026-04-30T17:00:00Z", TimeZoneCode.Wib, "2026-05-01" },
        { "2026-12-31T16:00:00Z", TimeZoneCode.Wita, "2027-01-01" },
    };

    [Theory, MemberData(nameof(LocalDates))]
    public void Today_InstantAndZone_IsTheParticipantsCalendarDate(string instant, TimeZoneCode zone, string expected)
    {
        var today = ActualizationSchedule.Today(zone, DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateOnly.Parse(expected), today);
    }

    [Theory]
    // DOMAIN.md A.8 [I] crisp day mapping.
    [InlineData(1, ActualizationBlocks.A | ActualizationBlocks.Pktbt)]
    [InlineData(7, ActualizationBlocks.A | ActualizationBlocks.Pktbt)]
    [InlineData(21, ActualizationBlocks.A | ActualizationBlocks.Pktbt)]
    [InlineData(22, ActualizationBlocks.A | ActualizationBlocks.B | ActualizationBlocks.Pktbt)]
    [InlineData(28, ActualizationBlocks.A | ActualizationBlocks.B | ActualizationBlocks.Pktbt)]
    [InlineData(29, ActualizationBlocks.C | ActualizationBlocks.Pktbt)]
    [InlineData(30, ActualizationBlocks.C | ActualizationBlocks.Pktbt)]
    // Outside the 30 days nothing applies.
    [InlineData(0, ActualizationBlocks.None)]
    [InlineData(31, ActualizationBlocks.None)]
    public void BlocksOn_Day_FollowsTheA8Mapping(int day, ActualizationBlocks expected)
    {
        var blocks = ActualizationSchedule.BlocksOn(day);

        Assert.Equal(expected, blocks);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(7, 1)]
    [InlineData(8, 2)]
    [InlineData(14, 2)]
    [InlineData(15, 3)]
    [InlineData(22, 4)]
    [InlineData(28, 4)]
    [InlineData(29, 5)]
    [InlineData(30, 5)]
    public void Week_Day_IsTheDecksBand(int day, int expected)
    {
        var week = ActualizationSchedule.Week(day);

        Assert.Equal(expected, week);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(31)]
    public void Week_OutsideTheThirtyDays_Throws(int day) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ActualizationSchedule.Week(day));
}
