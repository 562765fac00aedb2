using LatsarBot.Data;
using Quartz;

namespace LatsarBot.Scheduling;

/// <summary>
/// The one Quartz scheduler of the bot, kept in the app's own database (SQLite by default; PostgreSQL clustered, so
/// several instances share the schedule and a trigger fires on one of them). Quartz creates its QRTZ_* tables itself
/// when it starts (its own SQL, not EF migrations). Jobs are built from DI in a scope of their own per firing, so a
/// job takes a scoped <see cref="LatsarDb"/> in its constructor.
/// <para>
/// To run something at a set time: register the job type with <see cref="AddLatsarScheduler"/>'s <c>jobs</c>
/// callback (<c>q => q.AddJobType&lt;MyJob&gt;()</c>), derive it from <see cref="ClockedJob"/>, and call
/// <see cref="ScheduleOnceAsync{TJob}"/> with the scheduler from <see cref="Get"/>.
/// </para>
/// </summary>
public static class LatsarScheduler
{
    /// <summary>The scheduler's name: its rows in QRTZ_* carry it, so every instance and every restart must use the same.</summary>
    public const string Name = "LatsarBot";

    /// <summary>
    /// Registers the scheduler on the configured database. It runs only where <c>AddQuartzHostedService</c> starts it
    /// (the web host); elsewhere (CLI, tests) the scheduler from <see cref="Get"/> can still read and write
    /// the schedule without firing anything.
    /// </summary>
    public static IServiceCollection AddLatsarScheduler(this IServiceCollection services, DatabaseOptions database, Action<IQuartzBuilder>? jobs = null)
    {
        // A named scheduler: the clock given to it below stays its own, where the default scheduler's would replace the
        // app's TimeProvider in the container (and a test's fake clock with it).
        services.AddQuartz(Name, q =>
        {
            q.ConfigureScheduler(s =>
            {
                s.InstanceName = Name;
                if (database.Provider == DatabaseProvider.Postgres)
                {
                    // Each instance checks in under an id of its own; a dead one's triggers are taken over by the others.
                    s.GenerateInstanceId = true;
                }
            });
            // Quartz would take the container's TimeProvider; a test's fake clock there would stop it firing at all.
            // Quartz keeps real time, and jobs read the app's clock (ClockedJob).
            q.UseTimeProvider(TimeProvider.System);
            q.UsePersistentStore(store =>
            {
                if (database.Provider == DatabaseProvider.Postgres)
                {
                    store.UsePostgres(database.ConnectionString);
                    store.UseClustering(c =>
                    {
                        c.CheckinInterval = TimeSpan.FromSeconds(10);
                        c.CheckinMisfireThreshold = TimeSpan.FromSeconds(20);
                    });
                }
                else
                {
                    store.UseSqlite(database.ConnectionString);
                }

                store.UseSystemTextJsonSerializer();
                store.ProvisionSchema();
            });
            jobs?.Invoke(q);
        });
        return services;
    }

    /// <summary>The scheduler (started only in the web host); schedule and unschedule through it anywhere.</summary>
    public static IScheduler Get(IServiceProvider services) => services.GetRequiredKeyedService<IScheduler>(Name);

    /// <summary>
    /// Stores <typeparamref name="TJob"/> under <paramref name="jobKey"/> to fire once at <paramref name="when"/> with
    /// <paramref name="data"/> (strings, read back as <see cref="JobRun.Data"/>). Scheduling the same key again replaces
    /// the earlier time and data, so callers may repeat it freely. A time in the past fires at once; after downtime a
    /// missed firing fires once when the scheduler is back, and the job decides from <see cref="JobRun.ScheduledFor"/>
    /// whether it is still worth doing.
    /// </summary>
    public static async Task ScheduleOnceAsync<TJob>(IScheduler scheduler, JobKey jobKey, DateTimeOffset when, IReadOnlyDictionary<string, string> data, CancellationToken cancellationToken)
        where TJob : IJob
    {
        var job = JobBuilder.Create<TJob>().WithIdentity(jobKey).UsingJobData(ToMap(data)).Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity(jobKey.Name, jobKey.Group)
            .ForJob(jobKey)
            .StartAt(when)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        await scheduler.ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, cancellationToken);
    }

    /// <summary>Removes a job scheduled with <see cref="ScheduleOnceAsync{TJob}"/> (and its trigger); false when there was none.</summary>
    public static async Task<bool> UnscheduleAsync(IScheduler scheduler, JobKey jobKey, CancellationToken cancellationToken) =>
        await scheduler.DeleteJob(jobKey, cancellationToken);

    private static JobDataMap ToMap(IReadOnlyDictionary<string, string> data)
    {
        var map = new JobDataMap();
        foreach (var (key, value) in data)
        {
            map.Add(key, value);
        }

        return map;
    }
}
