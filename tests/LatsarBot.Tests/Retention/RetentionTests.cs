using LatsarBot.Core.Actualization;
using LatsarBot.Data;
using LatsarBot.Data.Outbox;
using LatsarBot.Retention;
using LatsarBot.Scheduling;
using LatsarBot.Testing;
using LatsarBot.Tests.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Quartz;

namespace LatsarBot.Tests.Retention;

/// <summary>Retention removes what is past its period and nothing else: not what is just inside it, nor what something still needs.</summary>
public sealed class RetentionTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_run_removes_what_is_due_in_batches_and_keeps_what_is_just_inside_or_still_needed(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.MigrateAsync();
        var world = await RetentionWorld.CreateAsync(database);

        await using (var db = database.NewContext())
        {
            var dry = await Runner(db, world).RunAsync(RetentionWorld.Now, dryRun: true, CancellationToken.None);
            Assert.Equal(new RetentionReport(true, 3, 1, 0, 1, 1, 2, 1), dry);
            Assert.Equal(5, await db.Outbox.CountAsync());
        }

        await using (var db = database.NewContext())
        {
            var report = await Runner(db, world).RunAsync(RetentionWorld.Now, dryRun: false, CancellationToken.None);
            Assert.Equal(new RetentionReport(false, 3, 1, 1, 1, 1, 2, 1), report);
        }

        await AssertOnlyDueRemovedAsync(database, world);
    }

    [Fact]
    public async Task The_nightly_job_fires_through_Quartz_from_its_store_and_applies_the_periods()
    {
        await using var database = TestDatabase.Sqlite();
        await database.MigrateAsync();
        var world = await RetentionWorld.CreateAsync(database);
        await using var services = Build(database, world);
        var scheduler = LatsarScheduler.Get(services);
        await RetentionJob.ScheduleAsync(scheduler, RetentionWorld.Options, CancellationToken.None);

        // 02:00 WIB is 19:00 UTC, every day.
        var trigger = Assert.Single(await scheduler.GetTriggersOfJob(RetentionJob.Key));
        Assert.Equal(new TimeSpan(19, 0, 0), trigger.NextFireTimeUtc!.Value.UtcDateTime.TimeOfDay);

        var ran = await JobRanListener.OnAsync(scheduler, RetentionJob.Key);
        await scheduler.Start();
        await scheduler.TriggerJob(RetentionJob.Key);
        await ran.RanAsync();
        await scheduler.Shutdown(waitForJobsToComplete: true);

        Assert.Equal(1, ran.Runs);
        await AssertOnlyDueRemovedAsync(database, world);
    }

    private static async Task AssertOnlyDueRemovedAsync(TestDatabase database, RetentionWorld world)
    {
        await using var db = database.NewContext();
        Assert.Equal(["out-pending", "out-young"], (await db.Outbox.Select(m => m.Key!).ToListAsync()).Order());
        Assert.Empty(await db.OutboxPlatformIds.ToListAsync());
        Assert.Empty(await db.DeliveryAttempts.ToListAsync());
        Assert.Equal(["in-referenced", "in-young"], (await db.InboundActivities.Select(a => a.ActivityId).ToListAsync()).Order());
        Assert.Equal(["c-kept", "c-young"], (await db.Conversations.Select(c => c.ConversationId).ToListAsync()).Order());
        Assert.Equal([RetentionWorld.SharedSha, RetentionWorld.YoungSha, RetentionWorld.YoungSha], (await db.Evidence.Select(v => v.Sha256).ToListAsync()).Order());
        Assert.False(File.Exists(world.Evidence.FullPath(EvidenceRules.StoragePath(RetentionWorld.OldSha))));
        Assert.True(File.Exists(world.Evidence.FullPath(EvidenceRules.StoragePath(RetentionWorld.SharedSha))));
        Assert.True(File.Exists(world.Evidence.FullPath(EvidenceRules.StoragePath(RetentionWorld.YoungSha))));
        Assert.Equal([new string('2', 32)], Directory.GetDirectories(world.Reports.Root).Select(Path.GetFileName));
        Assert.Equal(["partial-young"], Directory.GetFiles(Path.Combine(world.Evidence.Root, "tmp")).Select(Path.GetFileName));
    }

    private static RetentionRunner Runner(LatsarDb db, RetentionWorld world) =>
        new(db, RetentionWorld.Options, world.Evidence, world.Reports, new SqliteWriteGate(), NullLogger<RetentionRunner>.Instance);

    private static ServiceProvider Build(TestDatabase database, RetentionWorld world)
    {
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(RetentionWorld.Now));
        services.AddLatsarDb(database.Options);
        services.AddLatsarScheduler(database.Options, q => q.AddJobType<RetentionJob>());
        services.AddSingleton(RetentionWorld.Options);
        services.AddSingleton(world.Evidence);
        services.AddSingleton(world.Reports);
        services.AddSingleton<SqliteWriteGate>();
        services.AddScoped<RetentionRunner>();
        return services.BuildServiceProvider();
    }
}
