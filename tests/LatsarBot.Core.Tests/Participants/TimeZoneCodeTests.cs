using LatsarBot.Core.Participants;

namespace LatsarBot.Core.Tests.Participants;

public sealed class TimeZoneCodeTests
{
    [Theory]
    [InlineData(TimeZoneCode.Wib, "08:00")]
    [InlineData(TimeZoneCode.Wita, "09:00")]
    [InlineData(TimeZoneCode.Wit, "10:00")]
    public void ToLocal_SameInstant_ShowsEachZonesWallClock(TimeZoneCode zone, string expected)
    {
        var instant = new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

        var local = zone.ToLocal(instant);

        Assert.Equal(expected, local.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(TimeZoneCode.Wib)]
    [InlineData(TimeZoneCode.Wita)]
    [InlineData(TimeZoneCode.Wit)]
    public void TimeZone_IanaZone_HasTheFixedOffset(TimeZoneCode zone)
    {
        var offset = zone.TimeZone().GetUtcOffset(new DateTime(2026, 7, 1, 0, 0, 0, DateTimeKind.Utc));

        Assert.Equal(TimeSpan.FromHours((int)zone), offset);
    }

    [Theory]
    [InlineData("wita", TimeZoneCode.Wita)]
    [InlineData("Asia/Jayapura", TimeZoneCode.Wit)]
    [InlineData(" WIB ", TimeZoneCode.Wib)]
    public void TryParse_CommonSpellings_Recognised(string text, TimeZoneCode expected)
    {
        Assert.Equal(expected, TimeZoneCodes.TryParse(text));
    }
}
