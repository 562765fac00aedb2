using LatsarBot.Core.Actualization;

namespace LatsarBot.Core.Tests.Actualization;

public sealed class WeeklySummaryTests
{
    [Theory]
    [InlineData(1, 1, 7)]
    [InlineData(2, 8, 14)]
    [InlineData(3, 15, 21)]
    [InlineData(4, 22, 28)]
    [InlineData(5, 29, 30)]
    public void DaysOf_Week_IsTheDeckBand(int week, int from, int to)
    {
        var days = WeeklySummary.DaysOf(week);

        Assert.Equal((from, to), days);
    }

    [Fact]
    public void Of_Week2_CountsOnlyThatWeeksEntries()
    {
        LogEntry[] entries =
        [
            Entry(7, 1, BerAkhlakValues.Loyal),
            Entry(8, 1, BerAkhlakValues.Akuntabel, evidence: 2),
            Entry(8, 2, BerAkhlakValues.Kolaboratif),
            Entry(10, 2, BerAkhlakValues.Akuntabel, evidence: 1),
            Entry(15, 3, BerAkhlakValues.Adaptif),
        ];

        var summary = WeeklySummary.Of(2, currentDay: 20, entries);

        Assert.Equal([8, 10], summary.DaysLogged);
        Assert.Equal([9, 11, 12, 13, 14], summary.DaysMissed);
        Assert.Equal((3, 3, BerAkhlakValues.Akuntabel | BerAkhlakValues.Kolaboratif), (summary.Entries, summary.Evidence, summary.Values));
        Assert.Equal([1, 2], summary.ActivitiesProgressed);
    }

    [Fact]
    public void Of_WeekInProgress_DaysToComeAreNotMissed()
    {
        var summary = WeeklySummary.Of(3, currentDay: 17, [Entry(15, 1, BerAkhlakValues.Loyal)]);

        Assert.Equal([16, 17], summary.DaysMissed);
    }

    [Fact]
    public void Of_Week5_HasTwoDays()
    {
        var summary = WeeklySummary.Of(5, currentDay: 31, []);

        Assert.Equal(2, summary.Days);
        Assert.Equal([29, 30], summary.DaysMissed);
    }

    private static LogEntry Entry(int day, int activity, BerAkhlakValues values, int evidence = 0) => new()
    {
        DayNumber = day,
        PlannedActivityId = activity,
        WhatWasDone = "x",
        Values = values,
        Evidence = [.. Enumerable.Range(0, evidence).Select(i => new Evidence { Sha256 = new string('a', 64), ContentType = "image/png", StoragePath = "p" })],
    };
}
