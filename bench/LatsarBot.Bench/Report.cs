using System.Globalization;
using System.Text;

namespace LatsarBot.Bench;

/// <summary>The results as a markdown section: printed, and appended to the dated file in bench/results/.</summary>
public static class Report
{
    public const double TargetTurnsPerSecond = 1000;
    public const double TargetP99Ms = 20;
    public const double TargetShareOfCeiling = 0.5;

    public static string Build(BenchOptions options, string machine, DateTimeOffset at, IReadOnlyList<LoadResult> results, IReadOnlyList<string> notes)
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant($"## {at:yyyy-MM-dd HH:mm} UTC — {options.Users} users, {options.Seconds} s measured after {options.WarmupSeconds} s warm-up"));
        text.AppendLine();
        text.AppendLine(Invariant($"`dotnet run -c Release --project bench/LatsarBot.Bench -- --seconds {options.Seconds} --warmup {options.WarmupSeconds} --users {options.Users} --targets {string.Join(',', options.Targets)}`"));
        text.AppendLine();
        text.AppendLine("Machine: " + machine + ". CPU is % of all cores: the bench process (load driver and server together) / the whole machine; the difference is other processes.");
        text.AppendLine();
        text.AppendLine("| target | turns/s | p50 ms | p90 ms | p99 ms | max ms | errors | CPU bench / machine | alloc per turn | GC gen0/1/2 | max pool threads |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in results)
        {
            var rt = r.Runtime;
            text.AppendLine(Invariant(
                $"| {r.Target} | {r.TurnsPerSecond:N0} | {r.P50Ms:F1} | {r.P90Ms:F1} | {r.P99Ms:F1} | {r.MaxMs:F0} | {r.Errors} | {rt.CpuPercent:F0} % / {rt.MachineCpuPercent:F0} % | {(r.Turns > 0 ? rt.AllocatedMb * 1000 / r.Turns : 0):F0} KB | {rt.Gen0}/{rt.Gen1}/{rt.Gen2} | {rt.MaxPoolThreads} |"));
        }

        text.AppendLine();
        var full = results.FirstOrDefault(r => r.Target == Targets.Full);
        var ceiling = results.Where(r => r.Target != Targets.Full).MaxBy(r => r.TurnsPerSecond);
        if (full is not null)
        {
            text.AppendLine(Invariant($"- ≥ {TargetTurnsPerSecond:N0} turns/s: {Verdict(full.TurnsPerSecond >= TargetTurnsPerSecond)} ({full.TurnsPerSecond:N0})"));
            text.AppendLine(Invariant($"- p99 < {TargetP99Ms:F0} ms: {Verdict(full.P99Ms < TargetP99Ms)} ({full.P99Ms:F1} ms)"));
            if (ceiling is not null)
            {
                var share = full.TurnsPerSecond / ceiling.TurnsPerSecond;
                text.AppendLine(Invariant($"- ≥ {TargetShareOfCeiling:P0} of the ceiling: {Verdict(share >= TargetShareOfCeiling)} (full / {ceiling.Target} = {share:P0})"));
            }
        }

        foreach (var note in notes)
        {
            text.AppendLine("- " + note);
        }

        text.AppendLine();
        return text.ToString();
    }

    public static void Append(string path, string section, DateTimeOffset at)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        if (!File.Exists(path))
        {
            File.WriteAllText(path, Invariant(
                $"# Web chat load, {at:yyyy-MM-dd}\n\nMeasured with bench/LatsarBot.Bench (see README.md, \"Benchmark\"); one section per run.\n\n"));
        }

        File.AppendAllText(path, section);
    }

    private static string Verdict(bool met) => met ? "met" : "**missed**";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Display names of the targets in the results table.</summary>
public static class Targets
{
    public const string Full = "full pipeline";
    public const string Ceiling = "ceiling (1 row, writers queued)";
    public const string CeilingNoGate = "ceiling (1 row, writers collide)";
}
