using LatsarBot.Core.Actualization;
using LatsarBot.Dialogs.Actualization;
using LatsarBot.Dialogs.Tests.Mooc;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Dialogs.Tests.Actualization;

public sealed class ActualizationLogbookTests : IAsyncLifetime
{
    private const string SecondNip = "199505152022032002";

    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task NotLoggedToday_OneLoggedOneNotOneBeforeStart_OnlyTheOneWhoDidNotLog()
    {
        // 2026-03-02 16:30 UTC: 23:30 WIB on the 2nd for Andi, already 00:30 WITA on the 3rd for Siti.
        _bot.Time.SetUtcNow(new DateTimeOffset(2026, 3, 2, 16, 30, 0, TimeSpan.Zero));
        await using var db = _bot.NewContext();
        var andi = await db.People.SingleAsync(p => p.Nip == MoocFixture.DemoNip);
        var siti = await db.People.SingleAsync(p => p.Nip == SecondNip);
        var activity = new PlannedActivity { Title = "Arsip", ExpectedOutput = "Arsip digital" };
        db.ActualizationPlans.Add(new ActualizationPlan { ParticipantId = andi.Id, StartDate = new DateOnly(2026, 3, 1), Activities = [activity] });
        db.ActualizationPlans.Add(new ActualizationPlan { ParticipantId = siti.Id, StartDate = new DateOnly(2026, 3, 1) });
        await db.SaveChangesAsync();
        // Andi logged on his 2 March; Siti logged on 2 March too, but her today is the 3rd.
        db.LogEntries.Add(new LogEntry { ParticipantId = andi.Id, Date = new DateOnly(2026, 3, 2), DayNumber = 2, PlannedActivityId = activity.Id, WhatWasDone = "x" });
        db.LogEntries.Add(new LogEntry { ParticipantId = siti.Id, Date = new DateOnly(2026, 3, 2), DayNumber = 2, PlannedActivityId = activity.Id, WhatWasDone = "y" });
        await db.SaveChangesAsync();

        var missing = await new ActualizationLogbook(db).NotLoggedTodayAsync(_bot.Time.GetUtcNow(), CancellationToken.None);

        Assert.Equal([siti.Id], missing);
    }

    [Fact]
    public async Task NotLoggedToday_OutsideTheThirtyDays_NotListed()
    {
        await using var db = _bot.NewContext();
        var andi = await db.People.SingleAsync(p => p.Nip == MoocFixture.DemoNip);
        var siti = await db.People.SingleAsync(p => p.Nip == SecondNip);
        db.ActualizationPlans.Add(new ActualizationPlan { ParticipantId = andi.Id, StartDate = new DateOnly(2026, 3, 3) });
        db.ActualizationPlans.Add(new ActualizationPlan { ParticipantId = siti.Id, StartDate = new DateOnly(2026, 1, 31) });
        await db.SaveChangesAsync();

        var missing = await new ActualizationLogbook(db).NotLoggedTodayAsync(_bot.Time.GetUtcNow(), CancellationToken.None);

        Assert.Empty(missing);
    }

    [Fact]
    public async Task SetCohortStart_DemoCohort_EveryParticipantGetsTheDate()
    {
        await using var db = _bot.NewContext();

        var count = await new ActualizationLogbook(db).SetCohortStartAsync("Angkatan I Tahun 2026", new DateOnly(2026, 4, 1), CancellationToken.None);
        await db.SaveChangesAsync();

        Assert.Equal(2, count);
        Assert.All(await db.ActualizationPlans.ToListAsync(), p => Assert.Equal(new DateOnly(2026, 4, 1), p.StartDate));
    }
}
