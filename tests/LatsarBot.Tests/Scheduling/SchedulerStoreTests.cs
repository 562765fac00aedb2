using LatsarBot.Data;
using LatsarBot.Scheduling;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Quartz;

namespace LatsarBot.Tests.Scheduling;

/// <summary>The real Quartz scheduler on its persistent store in the app's database: restart, downtime, scoped jobs, the app's clock.</summary>
public sealed class SchedulerStoreTests
{
    private static readonly DateTimeOffset FakeNow = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_one_shot_due_while_the_bot_was_down_fires_once_after_restart_with_a_scoped_db_and_the_app_clock(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.MigrateAsync();
        await using (var db = database.NewContext())
        {
            db.Institutions.Add(new Core.Participants.Institution { Name = "BPSDM Test" });
            await db.SaveChangesAsync();
        }

        // Scheduled while no scheduler runs (as the CLI does) for a moment already past: the store holds a trigger
        // whose time went by while the bot was down, without the test waiting for the wall clock to pass it.
        var due = DateTimeOffset.UtcNow.AddSeconds(-1);
        var key = new JobKey("once-1", "test");
        await using (var down = Build(database, new Firings()))
        {
            await LatsarScheduler.ScheduleOnceAsync<RecordingJob>(LatsarScheduler.Get(down), key, due, new Dictionary<string, string> { ["what"] = "hello" }, CancellationToken.None);
        }

        var firings = new Firings();
        await using (var second = Build(database, firings))
        {
            var scheduler = LatsarScheduler.Get(second);
            var ran = await JobRanListener.OnAsync(scheduler, key);
            await scheduler.Start();
            await ran.RanAsync();
            var run = await firings.First.Task;
            await scheduler.Shutdown(waitForJobsToComplete: true);

            // A one-shot that ran is gone from the store, so no later firing can follow the one counted here.
            await using var after = Build(database, new Firings());
            Assert.False(await LatsarScheduler.Get(after).Exists(key));
            Assert.Equal(1, ran.Runs);
            Assert.Single(firings.Runs);
            Assert.Equal("once-1", run.Name);
            Assert.Equal(due.ToUnixTimeMilliseconds() / 1000, run.ScheduledFor.ToUnixTimeMilliseconds() / 1000);
            Assert.Equal(FakeNow, run.Now);
            Assert.Equal("hello", run.Data["what"]);
            Assert.Equal(1, firings.InstitutionsSeen);
        }
    }

    [Fact]
    public async Task Scheduling_the_same_key_again_replaces_it_instead_of_adding_a_second()
    {
        await using var database = TestDatabase.Sqlite();
        await database.MigrateAsync();
        await using var services = Build(database, new Firings());
        var scheduler = LatsarScheduler.Get(services);
        await scheduler.Start();
        var key = new JobKey("again", "test");
        var later = DateTimeOffset.UtcNow.AddHours(1);
        await LatsarScheduler.ScheduleOnceAsync<RecordingJob>(scheduler, key, later, new Dictionary<string, string>(), CancellationToken.None);
        await LatsarScheduler.ScheduleOnceAsync<RecordingJob>(scheduler, key, later.AddHours(1), new Dictionary<string, string>(), CancellationToken.None);

        var triggers = await scheduler.GetTriggersOfJob(key);
        Assert.Equal(later.AddHours(1).ToUnixTimeSeconds(), Assert.Single(triggers).NextFireTimeUtc!.Value.ToUnixTimeSeconds());
        Assert.True(await LatsarScheduler.UnscheduleAsync(scheduler, key, CancellationToken.None));
        Assert.False(await scheduler.Exists(key));
        await scheduler.Shutdown(waitForJobsToComplete: true);
    }

    private static ServiceProvider Build(TestDatabase database, Firings firings)
    {
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(FakeNow));
        services.AddSingleton(firings);
        services.AddLatsarDb(database.Options);
        services.AddLatsarScheduler(database.Options, q => q.AddJobType<RecordingJob>());
        return services.BuildServiceProvider();
    }

    private sealed class Firings
    {
        public List<JobRun> Runs { get; } = [];

        public int InstitutionsSeen { get; set; }

        public TaskCompletionSource<JobRun> First { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed class RecordingJob(LatsarDb db, Firings firings, TimeProvider clock) : ClockedJob(clock)
    {
        public override async Task RunAsync(JobRun run, CancellationToken cancellationToken)
        {
            firings.InstitutionsSeen = await db.Institutions.CountAsync(cancellationToken);
            lock (firings.Runs)
            {
                firings.Runs.Add(run);
            }

            firings.First.TrySetResult(run);
        }
    }
}
