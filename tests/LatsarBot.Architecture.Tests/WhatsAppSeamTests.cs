namespace LatsarBot.Architecture.Tests;

/// <summary>
/// Every Graph API call goes through one place, as Telegram's go through TelegramBotApi: only WhatsAppGraphApi sends
/// HTTP and only the registration builds its client, so the bearer token, error reading and logging live once.
/// </summary>
public class WhatsAppSeamTests
{
    private static readonly string[] MayTouchHttp = ["WhatsAppGraphApi.cs", "WhatsAppServices.cs"];

    [Fact]
    public void Only_WhatsAppGraphApi_and_the_registration_use_HttpClient()
    {
        var folder = Path.Combine(Repo.Root, "src", "LatsarBot.Channels", "WhatsApp");
        var hits = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !MayTouchHttp.Contains(Path.GetFileName(f)))
            .Where(f => File.ReadAllText(f).Contains("HttpClient", StringComparison.Ordinal))
            .Select(Repo.Relative).ToList();
        Assert.True(hits.Count == 0, "these files call HTTP instead of WhatsAppGraphApi:\n" + string.Join("\n", hits));
    }
}
