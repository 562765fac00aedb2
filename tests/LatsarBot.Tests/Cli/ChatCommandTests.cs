using LatsarBot.Testing;

namespace LatsarBot.Tests.Cli;

/// <summary>`chat`: the terminal conversation, through the same pipeline and database as every channel.</summary>
public sealed class ChatCommandTests
{
    [Fact]
    public async Task Chat_DemoLoginTyped_ReachesTheMenuWithNumberedButtons()
    {
        var folder = TestPaths.NewTempFolder();
        var environment = new Dictionary<string, string>
        {
            ["Database__ConnectionString"] = $"Data Source={Path.Combine(folder, "chat.db")}",
            ["Content__Path"] = TestPaths.Content,
            ["Demo__Enabled"] = "true",
        };

        var (exit, output) = await HostProcess.RunCommandAsync(folder, "/start\n1\n199001012022031001\n123456\n1\n", environment, "chat", "--user", "tester");

        Assert.Equal(0, exit);
        Assert.Contains("[1] Bahasa Indonesia", output, StringComparison.Ordinal);
        Assert.Contains("Kode benar. Akun Anda sudah terhubung, Andi Pratama.", output, StringComparison.Ordinal);
        Assert.Contains("Menu utama — apa yang ingin Anda lakukan?", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, "chat.db")));
    }
}
