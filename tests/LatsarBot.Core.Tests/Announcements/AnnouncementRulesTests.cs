using LatsarBot.Core.Schedule;
using LatsarBot.Core.Announcements;
using LatsarBot.Core.Participants;

namespace LatsarBot.Core.Tests.Announcements;

public sealed class AnnouncementRulesTests
{
    [Theory]
    [InlineData("all", AudienceKind.All, null, null, null)]
    [InlineData("cohort:Angkatan I Tahun 2026", AudienceKind.Cohort, "Angkatan I Tahun 2026", null, null)]
    [InlineData("class:Angkatan I Tahun 2026/Kelas A", AudienceKind.Class, "Angkatan I Tahun 2026", "Kelas A", null)]
    [InlineData("role:coach", AudienceKind.Role, null, null, Role.Coach)]
    [InlineData("role:peserta", AudienceKind.Role, null, null, Role.Participant)]
    public void AudienceTarget_CommandLineForms_Parsed(string text, AudienceKind kind, string? cohort, string? kelas, Role? role) =>
        Assert.Equal(new AudienceTarget(kind, cohort, kelas, role), AudienceTarget.TryParse(text));

    [Theory]
    [InlineData("")]
    [InlineData("cohort:")]
    [InlineData("class:Kelas A")]
    [InlineData("role:organiser")]
    [InlineData("everyone")]
    public void AudienceTarget_Unknown_Null(string text) => Assert.Null(AudienceTarget.TryParse(text));

    [Fact]
    public void Estimate_TelegramAtThirtyPerSecond_WebChatImmediate_SlowestChannelDecides()
    {
        var rates = new Dictionary<string, double> { ["telegram"] = 30 };

        var mixed = DeliveryEstimate.Of(new Dictionary<string, int> { ["telegram"] = 10_000, ["webchat"] = 5_000 }, rates);
        var webOnly = DeliveryEstimate.Of(new Dictionary<string, int> { ["webchat"] = 5_000 }, rates);

        Assert.Equal(TimeSpan.FromSeconds(334), mixed);
        Assert.Equal(TimeSpan.Zero, webOnly);
    }

    [Theory]
    [InlineData(13, 59, TimeZoneCode.Wib, false)] // 20:59 WIB
    [InlineData(14, 0, TimeZoneCode.Wib, true)] // 21:00 WIB
    [InlineData(13, 0, TimeZoneCode.Wita, true)] // 21:00 WITA
    [InlineData(22, 59, TimeZoneCode.Wib, true)] // 05:59 WIB
    [InlineData(22, 0, TimeZoneCode.Wit, false)] // 07:00 WIT
    public void QuietHours_LocalTwentyOneToSix(int utcHour, int minute, TimeZoneCode zone, bool quiet) =>
        Assert.Equal(quiet, QuietHours.Default.Contains(zone, new DateTimeOffset(2026, 3, 2, utcHour, minute, 0, TimeSpan.Zero)));
}
