namespace LatsarBot.Architecture.Tests;

/// <summary>
/// Every Bot API call goes through one place (STYLE.md principle 7): only TelegramBotApi holds the client, and only
/// the service registration builds it, so retries, error reading and logging cannot drift apart file by file.
/// </summary>
public class TelegramSeamTests
{
    private static readonly string[] MayTouchClient = ["TelegramBotApi.cs", "TelegramServices.cs"];

    [Fact]
    public void Only_TelegramBotApi_and_the_registration_use_the_Telegram_client()
    {
        var folder = Path.Combine(Repo.Root, "src", "LatsarBot.Channels", "Telegram");
        var hits = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !MayTouchClient.Contains(Path.GetFileName(f)))
            .Where(f => File.ReadAllText(f).Contains("TelegramBotClient", StringComparison.Ordinal))
            .Select(Repo.Relative).ToList();
        Assert.True(hits.Count == 0, "these files use the Telegram client instead of TelegramBotApi:\n" + string.Join("\n", hits));
    }
}
