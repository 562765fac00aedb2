namespace LatsarBot.Testing;

/// <summary>
/// The real clock moved ahead by what a test says ("25 hours later"): time keeps running, so a running host's retries,
/// leases and rate buckets behave as in production, while the day jumps where the test needs it. Put into the host's
/// container as its TimeProvider, and give the fakes the same one.
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    private long _offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}
