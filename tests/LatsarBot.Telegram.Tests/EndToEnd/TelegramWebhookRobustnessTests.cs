using System.Net;
using System.Text.Json.Nodes;
using LatsarBot.Testing;
using LatsarBot.Testing.FakeTelegram;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LatsarBot.Telegram.Tests.EndToEnd;

/// <summary>
/// Issue 18, item 8: Telegram redelivers what is not answered 2xx, so an authentic update the bot cannot read is 200 and a
/// log line; ignored kinds leave a debug line with their type; allowed_updates asks for exactly the kinds the bot handles.
/// </summary>
public sealed class TelegramWebhookRobustnessTests
{
    private static readonly string[] Handled = ["message", "callback_query", "poll_answer", "my_chat_member"];

    [Fact]
    public async Task UpdateTheLibraryCannotRead_200AndLoggedWithItsId_AndTheBotServesOn()
    {
        var logs = new LogCapture();
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var database = TestDatabase.Sqlite();
        await using var host = await StartAsync(fake, database, logs);
        var unreadable = FakeUpdates.Text(77_001, 42, "/start");
        unreadable["message"]!["message_id"] = new JsonObject { ["not"] = "a number" };

        using var response = await fake.PostToWebhookAsync(unreadable.ToJsonString(), fake.WebhookSecret);
        var next = await fake.PushAsync(FakeUpdates.Text(77_002, 42, "/start"));
        await fake.WaitAsync(r => r.Any(x => x.Method == "sendMessage" && x.ChatId == 42));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(200, next);
        Assert.Contains(logs.Lines, l => l.Level == LogLevel.Warning && l.Message.Contains("77001", StringComparison.Ordinal) && l.Message.Contains("unread", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("null")]
    [InlineData("[1,2,3]")]
    public async Task AuthenticButUnreadableBody_200AndLogged(string body)
    {
        var logs = new LogCapture();
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var database = TestDatabase.Sqlite();
        await using var host = await StartAsync(fake, database, logs);

        using var response = await fake.PostToWebhookAsync(body, fake.WebhookSecret);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(logs.Lines, l => l.Level == LogLevel.Warning && l.Message.Contains("unread", StringComparison.Ordinal));
        Assert.DoesNotContain(fake.Received, r => r.IsSend);
    }

    [Fact]
    public async Task BodyOverTheLimit_200AndLogged()
    {
        var logs = new LogCapture();
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var database = TestDatabase.Sqlite();
        await using var host = await StartAsync(fake, database, logs);
        var huge = FakeUpdates.Text(77_003, 42, new string('x', 1024 * 1024));

        using var response = await fake.PostToWebhookAsync(huge.ToJsonString(), fake.WebhookSecret);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(logs.Lines, l => l.Level == LogLevel.Warning && l.Message.Contains("bytes", StringComparison.Ordinal));
        Assert.DoesNotContain(fake.Received, r => r.IsSend);
    }

    [Fact]
    public async Task IgnoredKind_LoggedAtDebugWithItsType_NothingSent()
    {
        var logs = new LogCapture();
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var database = TestDatabase.Sqlite();
        await using var host = await StartAsync(fake, database, logs);
        var edit = FakeUpdates.Text(77_004, 42, "/start");
        edit["edited_message"] = edit["message"]!.DeepClone();
        edit.Remove("message");

        using var response = await fake.PostToWebhookAsync(edit.ToJsonString(), fake.WebhookSecret);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(logs.Lines, l => l.Level == LogLevel.Debug && l.Message.Contains("77004", StringComparison.Ordinal) && l.Message.Contains("EditedMessage", StringComparison.Ordinal));
        Assert.DoesNotContain(fake.Received, r => r.IsSend);
    }

    [Fact]
    public async Task Webhook_AllowedUpdatesAreExactlyTheHandledKinds()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var database = TestDatabase.Sqlite();
        await using var host = await StartAsync(fake, database, new LogCapture());

        var setWebhook = fake.Received.Single(r => r.Method == "setWebhook");

        Assert.Equal(Handled, AllowedUpdatesOf(setWebhook));
    }

    [Fact]
    public async Task Polling_AllowedUpdatesAreExactlyTheHandledKinds()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var database = TestDatabase.Sqlite();
        await using var host = await TelegramTestHost.StartAsync(fake, database, webhook: false);

        var polls = await fake.WaitAsync(r => r.Any(x => x.Method == "getUpdates"));

        Assert.All(polls.Where(r => r.Method == "getUpdates"), r => Assert.Equal(Handled, AllowedUpdatesOf(r)));
    }

    private static string[] AllowedUpdatesOf(FakeBotApiRequest request) =>
        request.Body["allowed_updates"] is JsonArray kinds ? [.. kinds.Select(k => k!.GetValue<string>())] : [];

    private static Task<TelegramTestHost> StartAsync(FakeBotApiServer fake, TestDatabase database, LogCapture logs) =>
        TelegramTestHost.StartAsync(fake, database, webhook: true,
            [new("Logging:LogLevel:LatsarBot.Channels.Telegram", "Debug")],
            services => services.AddSingleton<ILoggerProvider>(logs));
}
