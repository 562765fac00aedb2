using System.Diagnostics;
using System.Runtime;
using System.Runtime.InteropServices;

namespace LatsarBot.Bench;

/// <summary>One line saying where the figures come from, since they mean nothing without it.</summary>
public static class Machine
{
    public static string Describe(string repoRoot) =>
        $"{Environment.ProcessorCount} cores ({CpuModel()}), {RuntimeInformation.OSDescription}, .NET {Environment.Version}, " +
        $"{(GCSettings.IsServerGC ? "server" : "workstation")} GC, commit {Commit(repoRoot)}";

    private static string CpuModel()
    {
        const string cpuinfo = "/proc/cpuinfo";
        var line = File.Exists(cpuinfo) ? File.ReadLines(cpuinfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal)) : null;
        return line?.Split(':', 2)[1].Trim() ?? RuntimeInformation.ProcessArchitecture.ToString();
    }

    private static string Commit(string repoRoot)
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", ["-C", repoRoot, "describe", "--always", "--dirty"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
            if (git is null || !git.WaitForExit(TimeSpan.FromSeconds(5)))
            {
                return "unknown";
            }

            var commit = git.StandardOutput.ReadToEnd().Trim();
            return git.ExitCode == 0 && commit.Length > 0 ? commit : "unknown";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown (no git)";
        }
    }
}
