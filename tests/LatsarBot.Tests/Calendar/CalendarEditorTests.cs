using LatsarBot.Calendar;
using LatsarBot.Core.Actualization;
using LatsarBot.Core.Schedule;
using LatsarBot.Reminders;
using LatsarBot.Scheduling;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace LatsarBot.Tests.Calendar;

/// <summary>The organiser's calendar commands on the demo cohort ("Angkatan I Tahun 2026", "Kelas A", Andi and Siti).</summary>
public sealed class CalendarEditorTests : IAsyncLifetime
{
    private const string Cohort = "Angkatan I Tahun 2026";
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await HostHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Setting_the_actualization_moves_every_day_1_except_one_adjusted_on_its_own_and_schedules_the_reminders()
    {
        var (ok, _) = await SetAsync(null, "actualization", "2026-04-06", null);
        Assert.True(ok);
        await using (var db = _bot.NewContext())
        {
            Assert.All(await db.ActualizationPlans.ToListAsync(), p => Assert.Equal(new DateOnly(2026, 4, 6), p.StartDate));
            var siti = await db.People.SingleAsync(p => p.Name == "Siti Rahmawati");
            (await db.ActualizationPlans.SingleAsync(p => p.ParticipantId == siti.Id)).StartDate = new DateOnly(2026, 4, 8);
            await db.SaveChangesAsync();
        }

        (ok, var lines) = await SetAsync(null, "actualization", "2026-04-13", null);

        Assert.True(ok);
        Assert.Equal($"{Cohort}: actualization 2026-04-13..2026-05-12 (1 participants' actualization day 1 moved with it)", Assert.Single(lines));
        await using (var db = _bot.NewContext())
        {
            var starts = await db.ActualizationPlans.Join(db.People, p => p.ParticipantId, x => x.Id, (p, x) => new { x.Name, p.StartDate }).ToDictionaryAsync(x => x.Name, x => x.StartDate);
            Assert.Equal(new DateOnly(2026, 4, 13), starts["Andi Pratama"]);
            Assert.Equal(new DateOnly(2026, 4, 8), starts["Siti Rahmawati"]);
        }

        // The 19:00 log reminder on 29 of the 30 days (1 May, Labour Day, is skipped), in three zones: triggers, not one per participant.
        var scheduler = LatsarScheduler.Get(_bot.Services);
        await using var check = _bot.NewContext();
        var cohortId = await check.Cohorts.Select(c => c.Id).SingleAsync();
        var keys = await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(ReminderSlotKey.Group(cohortId)));
        Assert.Contains(new JobKey($"reminder:{cohortId}:actualization_log_today:2026-04-13:wita", ReminderSlotKey.Group(cohortId)), keys);
        Assert.DoesNotContain(keys, k => k.Name.Contains(":2026-04-06:", StringComparison.Ordinal));
        Assert.Equal(3 * 29, keys.Count(k => k.Name.Contains(":actualization_log_today:", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_bad_phase_duration_or_order_is_refused_with_the_reason()
    {
        Assert.Equal((false, "'pelantikan' is not a phase; expected mooc, online, actualization, classical or graduation."), Single(await SetAsync(null, "pelantikan", "2026-04-06", null)));
        Assert.Equal((false, "actualization must last 30 days (day 1 = its start); 2026-04-06..2026-04-30 is 25."), Single(await SetAsync(null, "actualization", "2026-04-06", "2026-04-30")));
        Assert.Equal((false, "mooc needs a 'to' date."), Single(await SetAsync(null, "mooc", "2026-04-06", null)));
        Assert.True((await SetAsync(null, "actualization", "2026-04-06", null)).Ok);
        Assert.Equal((false, "refused: mooc (to 2026-04-10) must end before actualization starts (2026-04-06)."), Single(await SetAsync(null, "mooc", "2026-03-02", "2026-04-10")));
        Assert.Equal((false, "cohort 'Angkatan I Tahun 2026' has no class named 'Kelas Z'."), Single(await SetAsync("Kelas Z", "classical", "2026-05-11", null)));
    }

    [Fact]
    public async Task Import_reports_each_line_and_applies_a_cohort_together_with_a_class_override()
    {
        var csv = """
            cohort;class;phase;from;to
            Angkatan I Tahun 2026;;mooc;2026-03-02;2026-03-20
            Angkatan I Tahun 2026;;pelantikan;2026-03-02;2026-03-20
            Angkatan I Tahun 2026;;actualization;2026-04-06;
            Angkatan I Tahun 2026;;classical;2026-05-11;2026-05-18
            Angkatan I Tahun 2026;Kelas A;classical;2026-05-18;
            Angkatan I Tahun 2026;;graduation;2026-05-25;
            """;

        var (ok, lines) = await ImportAsync(csv);

        Assert.False(ok);
        Assert.Equal(
        [
            "line 2: ok mooc 2026-03-02..2026-03-20",
            "line 3: 'pelantikan' is not a phase; expected mooc, online, actualization, classical or graduation.",
            "line 4: ok actualization 2026-04-06..2026-05-05",
            "line 5: classical learning must be 6 days (HARI I–VI); 2026-05-11..2026-05-18 is 8.",
            "line 6: ok classical 2026-05-18..2026-05-23",
            "line 7: ok graduation 2026-05-25..2026-05-25",
            "cohort 1: (2 participants' actualization day 1 moved with it)",
        ], lines);
        await using var db = _bot.NewContext();
        Assert.Equal(4, await db.PhaseDates.CountAsync());
        Assert.Equal(Phase.Classical, (await db.PhaseDates.SingleAsync(p => p.ClassId != null)).Phase);

        // Moving the MOOC past the actualization in a second file: every line of the cohort is refused, nothing changes.
        (ok, lines) = await ImportAsync("cohort,class,phase,from,to\nAngkatan I Tahun 2026,,mooc,2026-04-01,2026-04-20\n");
        Assert.False(ok);
        Assert.Equal("line 2: refused (mooc): mooc (to 2026-04-20) must end before actualization starts (2026-04-06).", Assert.Single(lines));
        Assert.Equal(new DateOnly(2026, 3, 2), (await _bot.NewContext().PhaseDates.SingleAsync(p => p.Phase == Phase.Mooc)).From);
    }

    private static (bool, string) Single((bool Ok, IReadOnlyList<string> Lines) result) => (result.Ok, Assert.Single(result.Lines));

    private async Task<(bool Ok, IReadOnlyList<string> Lines)> SetAsync(string? className, string phase, string from, string? to)
    {
        await using var scope = _bot.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CalendarEditor>().SetAsync(Cohort, className, phase, from, to, CancellationToken.None);
    }

    private async Task<(bool Ok, IReadOnlyList<string> Lines)> ImportAsync(string csv)
    {
        await using var scope = _bot.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CalendarEditor>().ImportAsync(new StringReader(csv), CancellationToken.None);
    }
}
