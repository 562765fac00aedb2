using LatsarBot.Core.Schedule;
using LatsarBot.Data.Schedule;
using LatsarBot.Dialogs.Schedule;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Dialogs.Tests.Schedule;

public sealed class ScheduleDialogTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    // The harness clock: 2 March 2026, 08:00 WIB.
    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Jadwal_lists_the_phases_with_dates_and_marks_the_current_one_with_the_days_left()
    {
        await SetCalendarAsync();
        var flow = await MoocFixture.LoggedInAsync(_bot);

        await flow.SendAsync("/jadwal");

        var text = flow.TakeAll().First().Text;
        Assert.Equal(
            "*Jadwal Latsar Anda*\n"
            + "- MOOC: 16 Feb 2026 – 6 Mar 2026 ← *sekarang*, sisa 5 hari\n"
            + "- Pembelajaran daring: 9 Mar 2026 – 20 Mar 2026\n"
            + "- Aktualisasi (30 hari): 23 Mar 2026 – 21 Apr 2026\n"
            + "- Pembelajaran klasikal (6 hari): 27 Apr 2026 – 2 Mei 2026\n"
            + "- Rapat evaluasi kelulusan: 4 Mei 2026",
            text);
    }

    [Fact]
    public async Task Jadwal_in_English_and_before_the_organiser_has_set_dates()
    {
        var flow = await MoocFixture.LoggedInAsync(_bot);
        await flow.SendAsync("/jadwal");
        flow.AssertReply(ScheduleMsg.NotSet);
        flow.TakeAll();

        await SetCalendarAsync();
        _bot.Time.Advance(TimeSpan.FromDays(30));
        await flow.SendAsync("/bahasa");
        await flow.PressAsync("en");
        flow.TakeAll();

        await flow.SendAsync("/jadwal");
        var text = flow.TakeAll().First().Text;
        Assert.True(text.Contains("- Actualization (30 days): 23 Mar 2026 – 21 Apr 2026 ← *now*, 21 days left", StringComparison.Ordinal), text);
    }

    private async Task SetCalendarAsync()
    {
        await using var db = _bot.NewContext();
        var cohort = await db.Cohorts.SingleAsync();
        var change = await PhaseCalendars.SetAsync(db, cohort.Id,
        [
            new PhaseSetting(null, Phase.Mooc, new DateOnly(2026, 2, 16), new DateOnly(2026, 3, 6)),
            new PhaseSetting(null, Phase.Online, new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 20)),
            new PhaseSetting(null, Phase.Actualization, new DateOnly(2026, 3, 23), new DateOnly(2026, 4, 21)),
            new PhaseSetting(null, Phase.Classical, new DateOnly(2026, 4, 27), new DateOnly(2026, 5, 2)),
            new PhaseSetting(null, Phase.Graduation, new DateOnly(2026, 5, 4), new DateOnly(2026, 5, 4)),
        ], CancellationToken.None);
        Assert.True(change.Accepted, string.Join(" ", change.Problems));
        await db.SaveChangesAsync();
    }
}
