using LatsarBot.Cli;

namespace LatsarBot.Tests.Cli;

/// <summary>The executable runs a command instead of serving the bot for every subcommand it has, and only for those.</summary>
public sealed class CommandDispatchTests
{
    [Fact]
    public void EverySubcommand_IsRunAsACommand_IncludingExport()
    {
        var names = LatsarCli.CommandNames.ToList();

        Assert.Contains("export", names);
        Assert.Contains("retention", names);
        Assert.All(names, name => Assert.True(LatsarCli.IsCommand([name, "--help"]), name));
    }

    [Theory]
    [InlineData("--urls=http://127.0.0.1:5080")]
    [InlineData("serve")]
    public void AnythingElse_ServesTheBot(string first) => Assert.False(LatsarCli.IsCommand([first]));

    [Fact]
    public void NoArguments_ServesTheBot() => Assert.False(LatsarCli.IsCommand([]));
}
