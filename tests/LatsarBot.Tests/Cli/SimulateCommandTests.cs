using System.CommandLine;
using LatsarBot.Cli;

namespace LatsarBot.Tests.Cli;

/// <summary>`simulate jp-cost`: the seed's figures (DOMAIN.md A.12) and an edited design, in process (no database needed).</summary>
public sealed class SimulateCommandTests
{
    [Fact]
    public async Task JpCost_NoOptions_PrintsTheSeedsFigures()
    {
        var (exit, output, _) = await RunAsync("simulate", "jp-cost");

        Assert.Equal(0, exit);
        Assert.Matches(@"Total\s+647 JP\s+511 JP", output);
        Assert.Matches(@"Days\s+74 days\s+51 days", output);
        Assert.Matches(@"Cost per participant\s+Rp 5\.260\.000\s+Rp 9\.296\.000", output);
        Assert.Matches(@"Total cost\s+Rp 210\.400\.000\s+Rp 371\.840\.000", output);
        Assert.Matches(@"Cost per JP \(participant\)\s+Rp 8\.130\s+Rp 18\.192", output);
        Assert.Contains("Saving per participant: Rp 4.036.000 (43.4 % of the classical cost)", output, StringComparison.Ordinal);
        Assert.Contains("Saving for 40 participants: Rp 161.440.000", output, StringComparison.Ordinal);
        Assert.Contains("Blended against classical: +136 JP, +23 days", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JpCost_EditedDesign_ComparesItWithTheClassicalOfTheSameSize()
    {
        var (exit, output, _) = await RunAsync("simulate", "jp-cost", "--participants", "30", "--face-to-face", "40", "--cost", "5000000");

        Assert.Equal(0, exit);
        Assert.Matches(@"Total\s+625 JP\s+511 JP", output);
        Assert.Matches(@"Total cost\s+Rp 150\.000\.000\s+Rp 278\.880\.000", output);
        Assert.Contains("Saving for 30 participants: Rp 128.880.000", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JpCost_NoParticipants_ExitsOneWithTheReason()
    {
        var (exit, _, error) = await RunAsync("simulate", "jp-cost", "--participants", "0");

        Assert.Equal(1, exit);
        Assert.Contains("participants must be at least 1", error, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await LatsarCli.RunAsync(args, new InvocationConfiguration { Output = output, Error = error });

        return (exit, output.ToString(), error.ToString());
    }
}
