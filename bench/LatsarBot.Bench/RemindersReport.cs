using System.Globalization;
using System.Text;

namespace LatsarBot.Bench;

/// <summary>The reminder fan-out run as a markdown section, against issue 6's targets.</summary>
public static class RemindersReport
{
    public const double TargetSeconds = 10;
    public const double TargetPeakMb = 300;

    public static string Build(string machine, DateTimeOffset at, RemindersResult r)
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant($"## {at:yyyy-MM-dd HH:mm} UTC — Reminder fan-out: one 19:00 slot to {r.Participants:N0} participants ({r.Database})"));
        text.AppendLine();
        text.AppendLine(r.Database == "Postgres"
            ? "`LATSARBOT_TEST_POSTGRES=… dotnet run -c Release --project bench/LatsarBot.Bench -- --targets reminders`"
            : "`dotnet run -c Release --project bench/LatsarBot.Bench -- --targets reminders`");
        text.AppendLine();
        text.AppendLine("Machine: " + machine + ".");
        text.AppendLine();
        text.AppendLine("The slot runs the way a Quartz firing does (ReminderRunner: the no_log_today query for the zone, rendering in each recipient's language, ProactiveOutbox.EnqueueAsync in chunks of 500 with exactly-once keys). Memory is the process working set, sampled every 20 ms, after a full GC before the run; seeding is not measured.");
        text.AppendLine();
        text.AppendLine("| participants | enqueue s | CPU s | queued | rows in batch | working set before → peak MB | allocated MB | second firing s (queued / already) |");
        text.AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        text.AppendLine(Invariant($"| {r.Participants:N0} | {r.EnqueueSeconds:F1} | {r.CpuSeconds:F1} | {r.Queued:N0} | {r.Rows:N0} | {r.BaselineMb:N0} → {r.PeakMb:N0} | {r.AllocatedMb:N0} | {r.SecondRunSeconds:F1} ({r.SecondQueued:N0} / {r.SecondAlreadyQueued:N0}) |"));
        text.AppendLine();
        text.AppendLine(Invariant($"- time to enqueue < {TargetSeconds:N0} s: {Verdict(r.EnqueueSeconds < TargetSeconds)} ({r.EnqueueSeconds:F1} s)"));
        text.AppendLine(Invariant($"- peak memory < {TargetPeakMb:N0} MB: {Verdict(r.PeakMb < TargetPeakMb)} ({r.PeakMb:N0} MB working set)"));
        text.AppendLine(Invariant($"- every participant once: {Verdict(r.Rows == r.Participants && r.SecondQueued == 0)} ({r.Rows:N0} rows, {r.SecondQueued} queued by the second firing)"));
        text.AppendLine();
        return text.ToString();
    }

    private static string Verdict(bool met) => met ? "met" : "**missed**";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
