using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using LatsarBot.Testing;
using LatsarBot.Testing.FakeTelegram;

namespace LatsarBot.Telegram.Tests.EndToEnd;

/// <summary>The webhook's door: the secret header, and input that must never become a 5xx.</summary>
public sealed class TelegramWebhookTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("wrong-secret")]
    public async Task Webhook_WithoutTheRightSecret_Is401(string? secret)
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var database = TestDatabase.Sqlite();
        await using var host = await TelegramTestHost.StartAsync(fake, database, webhook: true);

        using var response = await fake.PostToWebhookAsync(FakeUpdates.Text(1, 42, "/start").ToJsonString(), secret);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain(fake.Received, r => r.IsSend);
    }

    [Fact]
    public async Task Webhook_SetAtStartWithASecret()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var database = TestDatabase.Sqlite();

        await using var host = await TelegramTestHost.StartAsync(fake, database, webhook: true);

        Assert.Equal("https://latsarbot.example/api/telegram", fake.WebhookUrl);
        Assert.Matches("^[A-Za-z0-9_-]{32,256}$", fake.WebhookSecret);
    }

    [Fact]
    public async Task Webhook_HundredsOfMalformedBodies_NeverA5xxAndStillServing()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var database = TestDatabase.Sqlite();
        await using var host = await TelegramTestHost.StartAsync(fake, database, webhook: true);
        var bodies = MalformedUpdates.Generate(seed: 4).ToList();

        var statuses = new List<(int Status, string Body)>();
        foreach (var body in bodies)
        {
            using var response = await fake.PostToWebhookAsync(body, fake.WebhookSecret);
            statuses.Add(((int)response.StatusCode, body.Length > 200 ? body[..200] : body));
        }

        var stillServing = await fake.PushAsync(FakeUpdates.Text(900_000, 4242, "/start"));
        await fake.WaitAsync(r => r.Any(x => x.Method == "sendMessage" && x.ChatId == 4242));

        Assert.True(bodies.Count >= 300, $"only {bodies.Count} bodies");
        Assert.All(statuses, s => Assert.True(s.Status is 200 or 400, $"{s.Status} for {s.Body}"));
        Assert.Equal(200, stillServing);
    }
}
