using Quartz;

namespace LatsarBot.Tests.Scheduling;

/// <summary>
/// Completes once Quartz has run the job of one key, so a test awaits the firing itself instead of sleeping or polling
/// the database for its effects. Counts every run, so a second firing shows too.
/// </summary>
public sealed class JobRanListener : IJobListener
{
    /// <summary>Quartz keeps real time; a firing that has not come after this long is a failure, not a slow machine.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly TaskCompletionSource _ran = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _runs;

    private JobRanListener(JobKey key) => Name = "job-ran:" + key;

    public string Name { get; }

    public int Runs => Volatile.Read(ref _runs);

    /// <summary>Listens on <paramref name="scheduler"/> for runs of <paramref name="key"/>; add it before the job can fire.</summary>
    public static async Task<JobRanListener> OnAsync(IScheduler scheduler, JobKey key)
    {
        // The DI scheduler is built lazily: its listener manager exists only once one of its methods was awaited.
        await scheduler.GetMetadata();
        var listener = new JobRanListener(key);
        scheduler.ListenerManager.AddJobListener(listener, [Matchers.Key(key)]);
        return listener;
    }

    /// <summary>The first run has finished (the job's work is done and saved); throws <see cref="TimeoutException"/> after <see cref="Timeout"/>.</summary>
    public Task RanAsync() => _ran.Task.WaitAsync(Timeout);

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => default;

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => default;

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _runs);
        _ran.TrySetResult();
        return default;
    }
}
