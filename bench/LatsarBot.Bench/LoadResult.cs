namespace LatsarBot.Bench;

/// <summary>What one target did in its measured window.</summary>
public sealed record LoadResult(string Target, int Users, double Seconds, long Turns, long Errors, double P50Ms, double P90Ms, double P99Ms, double MaxMs, RuntimeStats Runtime)
{
    public double TurnsPerSecond => Turns / Seconds;
}
