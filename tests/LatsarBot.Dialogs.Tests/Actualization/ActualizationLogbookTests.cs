using LatsarBot.Core.Actualization;
using LatsarBot.Data.Actualization;
using LatsarBot.Dialogs.Actualization;
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
    public async Task SetCohortStart_DemoCohort_EveryParticipantGetsTheDate()
    {
        await using var db = _bot.NewContext();

        var count = await new ActualizationLogbook(db).SetCohortStartAsync("Angkatan I Tahun 2026", new DateOnly(2026, 4, 1), CancellationToken.None);
        await db.SaveChangesAsync();

        Assert.Equal(2, count);
        Assert.All(await db.ActualizationPlans.ToListAsync(), p => Assert.Equal(new DateOnly(2026, 4, 1), p.StartDate));
    }
}
