using LatsarBot.Bot.Outbox;
using LatsarBot.Core.Participants;
using LatsarBot.Core.Schedule;
using LatsarBot.Data;
using LatsarBot.Data.Outbox;
using LatsarBot.Reminders;
using LatsarBot.Testing;

namespace LatsarBot.Tests.Reminders;

/// <summary>Reminder slots run on a fake clock, the way the scheduler fires them: zones, conditions, quiet hours, holidays, downtime, exactly once.</summary>
public sealed class ReminderFanOutTests
{
    private const string LogReminder = "actualization_log_today";
    private static readonly DateOnly Day1 = new(2026, 4, 6);

    [Fact]
    public async Task Participants_in_WIB_WITA_and_WIT_each_get_the_1900_reminder_at_their_own_1900_and_whoever_logged_gets_none()
    {
        await using var database = TestDatabase.Sqlite();
        await using var world = await ReminderWorld.StartAsync(database, now: new DateTimeOffset(2026, 4, 9, 0, 0, 0, TimeSpan.Zero));
        var wib = await world.AddParticipantAsync("Andi", TimeZoneCode.Wib);
        var wibLogged = await world.AddParticipantAsync("Budi", TimeZoneCode.Wib);
        var wita = await world.AddParticipantAsync("Citra", TimeZoneCode.Wita, Language.En);
        var wit = await world.AddParticipantAsync("Dewi", TimeZoneCode.Wit);
        await world.SetPhaseAsync(Phase.Actualization, Day1, Day1.AddDays(29));
        var day4 = Day1.AddDays(3);
        await world.LogAsync(wibLogged, day4);

        // Up to 10:00 UTC = 19:00 WIT: only Dewi's slot has fired.
        await world.FireDueAsync(LogReminder, new DateTimeOffset(2026, 4, 9, 10, 0, 0, TimeSpan.Zero));
        Assert.Equal([wit], (await world.OutboxAsync()).Select(o => o.PersonId!.Value));

        await world.FireDueAsync(LogReminder, new DateTimeOffset(2026, 4, 9, 12, 30, 0, TimeSpan.Zero));
        var rows = await world.OutboxAsync();
        Assert.Equal([wit, wita, wib], rows.Select(o => o.PersonId!.Value));
        var zoneOf = new Dictionary<int, TimeZoneCode> { [wib] = TimeZoneCode.Wib, [wita] = TimeZoneCode.Wita, [wit] = TimeZoneCode.Wit };
        foreach (var row in rows)
        {
            var local = zoneOf[row.PersonId!.Value].ToLocal(row.CreatedAt);
            Assert.Equal((day4, new TimeOnly(19, 0)), (DateOnly.FromDateTime(local.DateTime), TimeOnly.FromDateTime(local.DateTime)));
            Assert.Equal($"reminder:{world.CohortId}:{LogReminder}:2026-04-09:{row.PersonId}", row.Key);
            Assert.Equal($"reminder:{world.CohortId}:{LogReminder}:2026-04-09:{zoneOf[row.PersonId!.Value].Label().ToLowerInvariant()}", row.Batch);
        }

        Assert.Equal("Andi, catatan aktualisasi hari ke-4 belum diisi. Tulis sekarang lewat menu 📝 Aktualisasi.", OutboxPayload.Parse(rows.Single(r => r.PersonId == wib).PayloadJson).Text);
        Assert.StartsWith("Citra, your actualization log for day 4", OutboxPayload.Parse(rows.Single(r => r.PersonId == wita).PayloadJson).Text, StringComparison.Ordinal);
        Assert.DoesNotContain(rows, r => r.PersonId == wibLogged);
    }

    [Fact]
    public async Task Quiet_hours_move_a_slot_to_their_end_in_each_zone_keeping_the_planned_date_in_the_key()
    {
        await using var database = TestDatabase.Sqlite();
        await using var world = await ReminderWorld.StartAsync(database,
            [new("Reminders:QuietHours:Start", "18:00"), new("Reminders:QuietHours:End", "07:30")],
            now: new DateTimeOffset(2026, 4, 9, 0, 0, 0, TimeSpan.Zero));
        var wita = await world.AddParticipantAsync("Citra", TimeZoneCode.Wita);
        await world.SetPhaseAsync(Phase.Actualization, Day1, Day1.AddDays(29));

        var slots = (await world.SlotsAsync(LogReminder)).Where(s => s.Slot.PlannedDate == new DateOnly(2026, 4, 9)).ToList();
        Assert.Equal(3, slots.Count);
        foreach (var (slot, fireAt, _) in slots)
        {
            var local = slot.Zone.ToLocal(fireAt);
            Assert.Equal(new DateTime(2026, 4, 10, 7, 30, 0), local.DateTime);
        }

        // Nothing at 19:00 WITA; the run goes out the next morning at 07:30 WITA and still names the 9th (day 4).
        await world.FireDueAsync(LogReminder, new DateTimeOffset(2026, 4, 9, 23, 0, 0, TimeSpan.Zero));
        Assert.Empty(await world.OutboxAsync());
        await world.FireDueAsync(LogReminder, new DateTimeOffset(2026, 4, 9, 23, 30, 0, TimeSpan.Zero));
        var row = Assert.Single(await world.OutboxAsync());
        Assert.Equal((wita, $"reminder:{world.CohortId}:{LogReminder}:2026-04-09:{wita}"), (row.PersonId!.Value, row.Key!));
        Assert.Contains("hari ke-4", OutboxPayload.Parse(row.PayloadJson).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_holiday_skips_the_daily_log_reminder_and_defers_the_day_29_reminder_to_the_next_working_day()
    {
        await using var database = TestDatabase.Sqlite();
        await using var world = await ReminderWorld.StartAsync(database, now: new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero));
        await world.AddParticipantAsync("Andi", TimeZoneCode.Wib);

        // Day 1 = 20 Feb 2026: day 29 is 20 Mar 2026, Idul Fitri (content/holidays.yaml); the 21st is too, then a Sunday,
        // then cuti bersama on the 23rd and 24th. Within the 30 days, 18–21 Mar are holidays (Nyepi and its cuti bersama too).
        await world.SetPhaseAsync(Phase.Actualization, new DateOnly(2026, 2, 20), new DateOnly(2026, 3, 21));
        var logDates = (await world.SlotsAsync(LogReminder)).Select(s => s.Slot.PlannedDate).Distinct().ToList();
        Assert.Equal(26, logDates.Count);
        Assert.All(new[] { 18, 19, 20, 21 }, day => Assert.DoesNotContain(new DateOnly(2026, 3, day), logDates));
        Assert.Contains(new DateOnly(2026, 3, 17), logDates);

        var prep = (await world.SlotsAsync("actualization_classical_prep")).Single(s => s.Slot.Zone == TimeZoneCode.Wib);
        Assert.Equal(new DateOnly(2026, 3, 20), prep.Slot.PlannedDate);
        Assert.Equal(new DateTime(2026, 3, 25, 8, 0, 0), TimeZoneCode.Wib.ToLocal(prep.FireAt).DateTime);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_crash_between_firing_and_dispatch_loses_nothing_and_a_second_firing_enqueues_nothing_twice(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var firedAt = new DateTimeOffset(2026, 4, 9, 12, 0, 0, TimeSpan.Zero);
        ReminderSlotKey slot;
        List<int> people = [];
        await using (var world = await ReminderWorld.StartAsync(database, now: firedAt.AddHours(-1)))
        {
            for (var i = 0; i < 7; i++)
            {
                people.Add(await world.AddParticipantAsync($"P{i}", TimeZoneCode.Wib));
            }

            await world.SetPhaseAsync(Phase.Actualization, Day1, Day1.AddDays(29));
            slot = (await world.SlotsAsync(LogReminder)).Single(s => s.FireAt == firedAt).Slot;
            var first = await world.RunAsync(slot, firedAt, firedAt);
            Assert.Equal(7, first.Queued);

            // The process dies here: the rows are committed, nothing has been dispatched.
        }

        await using (var world = await ReminderWorld.StartAsync(database, now: firedAt.AddMinutes(5)))
        {
            // After the restart the misfired trigger fires once more, inside its window.
            var again = await world.RunAsync(slot, firedAt, firedAt.AddMinutes(5));
            Assert.Equal((0, 7), (again.Queued, again.AlreadyQueued));

            var rows = await world.OutboxAsync();
            Assert.Equal(people, rows.Select(r => r.PersonId!.Value).Order());
            Assert.All(rows, r => Assert.Equal(OutboxStatus.Pending, r.Status));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_same_slot_fired_by_two_nodes_at_once_enqueues_each_message_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var firedAt = new DateTimeOffset(2026, 4, 9, 12, 0, 0, TimeSpan.Zero);
        await using var world = await ReminderWorld.StartAsync(database, now: firedAt);
        for (var i = 0; i < 1200; i++)
        {
            await world.AddParticipantAsync($"P{i}", TimeZoneCode.Wib);
        }

        await world.SetPhaseAsync(Phase.Actualization, Day1, Day1.AddDays(29));
        var slot = (await world.SlotsAsync(LogReminder)).Single(s => s.FireAt == firedAt).Slot;
        var runs = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => world.RunAsync(slot, firedAt, firedAt))));

        Assert.Equal(1200, runs.Sum(r => r.Queued));
        var rows = await world.OutboxAsync();
        Assert.Equal(1200, rows.Count);
        Assert.Equal(1200, rows.Select(r => r.PersonId).Distinct().Count());
    }

    [Fact]
    public async Task A_slot_fired_after_its_window_is_skipped_and_sends_nothing()
    {
        await using var database = TestDatabase.Sqlite();
        var firedAt = new DateTimeOffset(2026, 4, 9, 12, 0, 0, TimeSpan.Zero);
        await using var world = await ReminderWorld.StartAsync(database, now: firedAt);
        await world.AddParticipantAsync("Andi", TimeZoneCode.Wib);
        await world.SetPhaseAsync(Phase.Actualization, Day1, Day1.AddDays(29));
        var slot = (await world.SlotsAsync(LogReminder)).Single(s => s.FireAt == firedAt).Slot;

        // The log reminder is valid for 2 hours (content/reminders.yaml); the bot was down until 14:30 UTC.
        var late = await world.RunAsync(slot, firedAt, firedAt.AddHours(2.5));
        Assert.Equal(ReminderRunOutcome.Stale, late.Outcome);
        Assert.Empty(await world.OutboxAsync());

        var inTime = await world.RunAsync(slot, firedAt, firedAt.AddHours(1.5));
        Assert.Equal((ReminderRunOutcome.Ran, 1), (inTime.Outcome, inTime.Queued));
    }
}
