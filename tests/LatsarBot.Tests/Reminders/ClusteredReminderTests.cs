using LatsarBot.Core.Participants;
using LatsarBot.Core.Schedule;
using LatsarBot.Reminders;
using LatsarBot.Scheduling;
using LatsarBot.Testing;
using LatsarBot.Tests.Scheduling;
using Quartz;

namespace LatsarBot.Tests.Reminders;

/// <summary>Two bot instances with their Quartz schedulers clustered on one PostgreSQL store: a reminder slot reaches everyone once.</summary>
public sealed class ClusteredReminderTests
{
    [Fact]
    public async Task A_slot_scheduled_on_a_two_node_cluster_queues_each_message_once()
    {
        await using var database = await TestDatabase.PostgresAsync();

        // Quartz keeps real time, so the bots' clocks are set to it too (the slot is judged against its due time).
        var now = DateTimeOffset.UtcNow;
        await using var nodeA = await ReminderWorld.StartAsync(database, now: now);
        await using var nodeB = await ReminderWorld.StartAsync(database, now: now);
        var local = TimeZoneCode.Wib.ToLocal(now);
        var today = DateOnly.FromDateTime(local.DateTime);
        for (var i = 0; i < 40; i++)
        {
            await nodeA.AddParticipantAsync($"P{i}", TimeZoneCode.Wib);
        }

        await nodeA.SetPhaseAsync(Phase.Actualization, today.AddDays(-3), today.AddDays(26));
        var slot = new ReminderSlotKey(nodeA.CohortId, "actualization_day_1", today.AddDays(-3), TimeZoneCode.Wib);
        var schedulerA = LatsarScheduler.Get(nodeA.Bot.Services);
        var schedulerB = LatsarScheduler.Get(nodeB.Bot.Services);
        var key = new JobKey(slot.Batch, ReminderSlotKey.Group(slot.CohortId));
        var ranOnA = await JobRanListener.OnAsync(schedulerA, key);
        var ranOnB = await JobRanListener.OnAsync(schedulerB, key);
        await schedulerA.Start();
        await schedulerB.Start();
        try
        {
            // Due a moment ago on the wall clock, within the day-1 reminder's window: both nodes see it in the store.
            await LatsarScheduler.ScheduleOnceAsync<ReminderJob>(schedulerA, key, DateTimeOffset.UtcNow.AddSeconds(1), slot.ToData(), CancellationToken.None);
            await Task.WhenAny(ranOnA.RanAsync(), ranOnB.RanAsync()).Unwrap();
        }
        finally
        {
            await schedulerA.Shutdown(waitForJobsToComplete: true);
            await schedulerB.Shutdown(waitForJobsToComplete: true);
        }

        // The slot that ran is gone from the shared store, so neither node can fire it a second time later.
        await using (var probe = await ReminderWorld.StartAsync(database, now: now))
        {
            Assert.False(await LatsarScheduler.Get(probe.Bot.Services).Exists(key));
        }

        Assert.Equal(1, ranOnA.Runs + ranOnB.Runs);
        var rows = await nodeA.OutboxAsync();
        Assert.Equal(40, rows.Count);
        Assert.Equal(40, rows.Select(r => r.PersonId).Distinct().Count());
        Assert.All(rows, r => Assert.Equal(slot.Batch, r.Batch));
    }
}
