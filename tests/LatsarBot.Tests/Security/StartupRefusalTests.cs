using LatsarBot.Hosting;
using LatsarBot.Testing;
using Microsoft.Extensions.Configuration;

namespace LatsarBot.Tests.Security;

/// <summary>Issue 18, item 3: the host does not start with the demo outside Development, nor with a channel half configured.</summary>
public sealed class StartupRefusalTests
{
    private static readonly Dictionary<string, string> Production = new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["DOTNET_ENVIRONMENT"] = "Production",
        ["Security__CodeKey"] = new string('k', 48),
    };

    [Fact]
    public async Task Production_DemoOn_ExitsNamingTheSetting()
    {
        var folder = TestPaths.NewTempFolder();
        var environment = new Dictionary<string, string>(Production)
        {
            ["Database__ConnectionString"] = $"Data Source={Path.Combine(folder, "bot.db")}",
            ["Content__Path"] = TestPaths.Content,
            ["Demo__Enabled"] = "true",
        };

        var (exit, output) = await HostProcess.RunCommandAsync(folder, input: null, environment);

        Assert.Equal(1, exit);
        Assert.Contains("Demo__Enabled", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "bot.db")), "refused before the database was created or seeded");
    }

    [Fact]
    public async Task Production_NoCodeKey_ExitsNamingTheSetting()
    {
        var folder = TestPaths.NewTempFolder();
        var environment = new Dictionary<string, string>(Production)
        {
            ["Security__CodeKey"] = "",
            ["Database__ConnectionString"] = $"Data Source={Path.Combine(folder, "bot.db")}",
            ["Content__Path"] = TestPaths.Content,
        };

        var (exit, output) = await HostProcess.RunCommandAsync(folder, input: null, environment);

        Assert.Equal(1, exit);
        Assert.Contains("Security__CodeKey", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_CliCommandWithTheDemoOn_IsRefusedToo()
    {
        var folder = TestPaths.NewTempFolder();
        var environment = new Dictionary<string, string>(Production)
        {
            ["Database__ConnectionString"] = $"Data Source={Path.Combine(folder, "bot.db")}",
            ["Content__Path"] = TestPaths.Content,
            ["Demo__Enabled"] = "true",
        };

        var (exit, output) = await HostProcess.RunCommandAsync(folder, "/start\n", environment, "chat", "--user", "tester");

        Assert.NotEqual(0, exit);
        Assert.Contains("Demo__Enabled", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Telegram:Enabled", "true", "Telegram__BotToken")]
    [InlineData("WhatsApp:PhoneNumberId", "1234567890", "WhatsApp__AppSecret, WhatsApp__AccessToken, WhatsApp__VerifyToken")]
    [InlineData("Teams:AppId", "00000000-0000-0000-0000-000000000001", "Teams__AppPassword")]
    public async Task ChannelConfiguredWithoutItsSecret_RefusedNamingWhatIsMissing(string key, string value, string missing)
    {
        await using var database = TestDatabase.Sqlite();
        var refused = await Assert.ThrowsAsync<StartupRefusedException>(() => TestHost.StartAsync(database, settings: [new(key, value)]));

        Assert.Contains(refused.Problems, p => p.Contains(missing, StringComparison.Ordinal));
    }

    [Fact]
    public void Development_DemoOnAndNoChannels_NothingToRefuse()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Demo:Enabled", "true")]).Build();

        Assert.Empty(StartupChecks.Problems(configuration, "Development"));
        Assert.Equal(2, StartupChecks.Problems(configuration, "Staging").Count);
    }
}
