using LatsarBot.Core.Coaching;
using LatsarBot.Core.Participants;

namespace LatsarBot.Core.Tests.Coaching;

/// <summary>The coach's reply deadline: the end of the second working day after the message, in the participant's zone.</summary>
public sealed class ReplyDeadlineTests
{
    private static readonly IReadOnlySet<DateOnly> NoHolidays = new HashSet<DateOnly>();

    [Theory]
    // Friday 6 March 2026, 10:00 WIB → Monday, Tuesday: due at the end of Tuesday 10 March.
    [InlineData("2026-03-06T03:00:00Z", TimeZoneCode.Wib, "2026-03-11T00:00:00+07:00")]
    // Friday 23:30 WIB is still Friday there (16:30 UTC).
    [InlineData("2026-03-06T16:30:00Z", TimeZoneCode.Wib, "2026-03-11T00:00:00+07:00")]
    // Friday 23:30 UTC is Saturday in WIT: Monday and Tuesday count all the same.
    [InlineData("2026-03-06T23:30:00Z", TimeZoneCode.Wit, "2026-03-11T00:00:00+09:00")]
    // Monday morning → Tuesday, Wednesday.
    [InlineData("2026-03-09T01:00:00Z", TimeZoneCode.Wita, "2026-03-12T00:00:00+08:00")]
    // Sunday → Monday, Tuesday.
    [InlineData("2026-03-08T05:00:00Z", TimeZoneCode.Wib, "2026-03-11T00:00:00+07:00")]
    public void DueAt_TwoWorkingDays_EndOfTheSecondWorkingDay(string sent, TimeZoneCode zone, string due) =>
        Assert.Equal(DateTimeOffset.Parse(due), ReplyDeadline.DueAt(DateTimeOffset.Parse(sent), zone, 2, NoHolidays));

    [Fact]
    public void DueAt_HolidayOnMonday_MovesAFridayMessageToWednesday()
    {
        var holidays = new HashSet<DateOnly> { new(2026, 3, 9) };

        var due = ReplyDeadline.DueAt(DateTimeOffset.Parse("2026-03-06T03:00:00Z"), TimeZoneCode.Wib, 2, holidays);

        Assert.Equal(DateTimeOffset.Parse("2026-03-12T00:00:00+07:00"), due);
    }

    [Fact]
    public void Add_HolidaysAndWeekendsBackToBack_SkipsThemAll()
    {
        // Lebaran 2026 week (illustrative): Thursday 19 and Friday 20 March off, then the weekend.
        var holidays = new HashSet<DateOnly> { new(2026, 3, 19), new(2026, 3, 20) };

        Assert.Equal(new DateOnly(2026, 3, 23), WorkingDays.Add(new DateOnly(2026, 3, 18), 1, holidays));
        Assert.Equal(new DateOnly(2026, 3, 18), WorkingDays.Add(new DateOnly(2026, 3, 18), 0, holidays));
    }
}
