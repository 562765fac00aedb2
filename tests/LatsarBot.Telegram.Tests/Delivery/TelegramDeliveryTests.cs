using System.Globalization;
using LatsarBot.Data.Outbox;
using LatsarBot.Testing;
using LatsarBot.Testing.FakeTelegram;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Telegram.Tests.Delivery;

/// <summary>The host's outbox dispatcher sending through the real client to the fake Bot API: errors, order, restarts.</summary>
public sealed class TelegramDeliveryTests
{
    private const long Blocked = 8001;
    private const long Healthy = 8002;

    [Fact]
    public async Task Dispatcher_BotBlockedByTheUser_RowFailedAndIdentityUnreachable()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var database = TestDatabase.Sqlite();
        await using var host = await TelegramTestHost.StartAsync(fake, database, webhook: true);
        await TelegramOutbox.BindDemoAsync(database, Blocked);
        fake.FailChat(Blocked, 403, "Forbidden: bot was blocked by the user");

        // Chats are sent to side by side, so wait for the blocked chat's row itself to be settled.
        await TelegramOutbox.AddAsync(database, [(Blocked, "untuk yang memblokir"), (Healthy, "penanda")]);
        await fake.WaitAsync(r => r.Any(x => x.IsSend && x.ChatId == Healthy));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (await PendingAsync(database, "8001"))
        {
            await Task.Delay(20, timeout.Token);
        }

        await using var db = database.NewContext();
        var row = await db.Outbox.SingleAsync(o => o.ConversationId == "8001");
        Assert.Equal(OutboxStatus.Failed, row.Status);
        Assert.Contains("blocked by the user", row.LastError, StringComparison.Ordinal);
        Assert.Equal(1, row.Attempts);
        Assert.NotNull((await db.ChannelIdentities.SingleAsync()).UnreachableAt);
    }

    private static async Task<bool> PendingAsync(TestDatabase database, string conversation)
    {
        await using var db = database.NewContext();
        return await db.Outbox.AnyAsync(o => o.ConversationId == conversation && o.Status == OutboxStatus.Pending);
    }

    [Fact]
    public async Task Inbound_UnreachablePersonWritesAgain_UnreachableCleared()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var database = TestDatabase.Sqlite();
        await using var host = await TelegramTestHost.StartAsync(fake, database, webhook: true);
        await TelegramOutbox.BindDemoAsync(database, Blocked);
        await fake.PushAsync(FakeUpdates.Kicked(1, Blocked));
        await using (var db = database.NewContext())
        {
            Assert.NotNull((await db.ChannelIdentities.SingleAsync()).UnreachableAt);
        }

        // In webhook mode the push returns once the update is handled.
        var status = await fake.PushAsync(FakeUpdates.Text(2, Blocked, "halo lagi"));

        await using var after = database.NewContext();
        Assert.Equal(200, status);
        Assert.Null((await after.ChannelIdentities.SingleAsync()).UnreachableAt);
    }

    [Fact]
    public async Task Dispatcher_FirstMessageOfAChatGets429_ItsLaterMessagesWaitAndOtherChatsFlow()
    {
        const long a = 8101, b = 8102, c = 8103;
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var database = TestDatabase.Sqlite();
        await using var host = await TelegramTestHost.StartAsync(fake, database, webhook: true);
        fake.FloodOnce(a, retryAfter: 1);

        await TelegramOutbox.AddAsync(database, Enumerable.Range(1, 3).SelectMany(i => new[] { (a, $"a{i}"), (b, $"b{i}"), (c, $"c{i}") }));
        var received = await fake.WaitAsync(r => r.Count(x => x.IsSend && x.ChatId == a) == 4);

        var sends = received.Where(x => x.IsSend).ToList();
        Assert.Equal(["a1", "a1", "a2", "a3"], Texts(sends, a));
        Assert.Equal(["b1", "b2", "b3"], Texts(sends, b));
        Assert.Equal(["c1", "c2", "c3"], Texts(sends, c));
        var retried = sends.FindLastIndex(x => x.Text == "a1");
        Assert.True(sends.FindIndex(x => x.Text == "b3") < retried && sends.FindIndex(x => x.Text == "c3") < retried,
            "b and c should not wait for a's 429: " + string.Join(" ", sends.Select(x => x.Text)));
        Assert.Equal(1, fake.TooManyRequests);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Restart_MidSend_EveryMessageArrivesExactlyOnce(bool abandon)
    {
        const int chats = 6, perChat = 10, total = chats * perChat;
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var database = TestDatabase.Sqlite();

        // 10 per second per chat keeps the sending spread over about a second, so the stop lands mid-way;
        // a short lease lets the next host take rows an abandoned host had claimed.
        KeyValuePair<string, string?>[] settings =
        [
            new("Telegram:Rates:PrivateChatPerSecond", "10"),
            new("Telegram:Rates:PrivateChatBurst", "1"),
            new("Outbox:Lease", "00:00:02"),
        ];
        var first = await TelegramTestHost.StartAsync(fake, database, webhook: true, settings);
        await TelegramOutbox.AddAsync(database, Enumerable.Range(1, perChat).SelectMany(i =>
            Enumerable.Range(1, chats).Select(chat => (9000L + chat, $"m{chat}-{i.ToString("00", CultureInfo.InvariantCulture)}"))));
        await fake.WaitAsync(r => r.Count(x => x.IsSend) >= total / 3);
        if (abandon)
        {
            await first.AbandonAsync();
        }
        else
        {
            await first.StopAsync();
        }

        var stoppedAt = fake.Sent.Count;
        await using var second = await TelegramTestHost.StartAsync(fake, database, webhook: true, settings);
        await fake.WaitAsync(r => r.Where(x => x.IsSend).Select(x => x.Text).Distinct().Count() == total, TimeSpan.FromSeconds(60));

        // A sentinel queued last arrives after anything the second host could still have been sending.
        await TelegramOutbox.AddAsync(database, [(9999, "sentinel")]);
        await fake.WaitAsync(r => r.Any(x => x.IsSend && x.ChatId == 9999));
        var counts = fake.Sent.Where(x => x.ChatId != 9999).GroupBy(x => x.Text).ToDictionary(g => g.Key!, g => g.Count());
        Assert.True(stoppedAt < total, $"the first host sent everything ({stoppedAt}) before it was stopped");
        Assert.Equal(total, counts.Count);
        Assert.All(counts, c => Assert.True(c.Value == 1, $"{c.Key} arrived {c.Value} times"));
        for (var chat = 1; chat <= chats; chat++)
        {
            var texts = Texts(fake.Sent, 9000 + chat);
            Assert.Equal(texts.Order(StringComparer.Ordinal), texts);
        }

        await using var db = database.NewContext();
        Assert.All(await db.Outbox.Where(o => o.ConversationId != "9999").ToListAsync(), o => Assert.Equal(OutboxStatus.Sent, o.Status));
    }

    private static List<string?> Texts(IEnumerable<FakeBotApiRequest> sends, long chat) =>
        sends.Where(x => x.ChatId == chat).Select(x => x.Text).ToList();
}
