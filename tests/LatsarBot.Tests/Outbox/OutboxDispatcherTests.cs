using System.Collections.Concurrent;
using System.Text.Json;
using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Outbox;
using LatsarBot.Bot.Storage;
using LatsarBot.Data.Outbox;
using LatsarBot.Data;
using LatsarBot.Outbox;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Tests.Outbox;

public sealed class OutboxDispatcherTests
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Dispatch_RowsLeftPendingByACrash_SentOnceAfterRestart(DatabaseProvider provider)
    {
        var sender = new RecordingSender();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var bot = await HostHarness.StartAsync(database, s => s.AddSingleton<IOutboxSender>(sender));
        await AddPendingAsync(bot, 3);

        var handled = await bot.Services.GetRequiredService<OutboxDispatcher>().DispatchOnceAsync(CancellationToken.None);
        var again = await bot.Services.GetRequiredService<OutboxDispatcher>().DispatchOnceAsync(CancellationToken.None);

        Assert.Equal(3, handled);
        Assert.Equal(0, again);
        Assert.Equal(["m1", "m2", "m3"], sender.Texts);
        await using var db = bot.NewContext();
        Assert.All(await db.Outbox.ToListAsync(), o =>
        {
            Assert.Equal(OutboxStatus.Sent, o.Status);
            Assert.Equal(bot.Time.GetUtcNow(), o.SentAt);
        });
    }

    [Fact]
    public async Task Dispatch_TwoInstancesRacing_EachRowSentExactlyOnce()
    {
        var sender = new RecordingSender();
        await using var database = await TestDatabase.PostgresAsync();
        await using var bot = await HostHarness.StartAsync(database, s => s.AddSingleton<IOutboxSender>(sender).Configure<OutboxOptions>(o => o.BatchSize = 7));
        await AddPendingAsync(bot, 60);
        var first = ActivatorUtilities.CreateInstance<OutboxDispatcher>(bot.Services);
        var second = ActivatorUtilities.CreateInstance<OutboxDispatcher>(bot.Services);

        async Task DrainAsync(OutboxDispatcher dispatcher)
        {
            for (var round = 0; round < 40 && await dispatcher.DispatchOnceAsync(CancellationToken.None) > 0; round++)
            {
            }
        }

        await Task.WhenAll(Task.Run(() => DrainAsync(first)), Task.Run(() => DrainAsync(second)));

        Assert.Equal(60, sender.Texts.Count);
        Assert.Equal(60, sender.Texts.Distinct().Count());
        await using var db = bot.NewContext();
        Assert.Equal(60, await db.Outbox.CountAsync(o => o.Status == OutboxStatus.Sent));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Dispatch_TransientFailure_RetriedAfterThePlatformsWait(DatabaseProvider provider)
    {
        var sender = new RecordingSender { Outcomes = new([new SendOutcome.Transient("429", TimeSpan.FromSeconds(30))]) };
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var bot = await HostHarness.StartAsync(database, s => s.AddSingleton<IOutboxSender>(sender));
        await AddPendingAsync(bot, 1);
        var dispatcher = bot.Services.GetRequiredService<OutboxDispatcher>();

        await dispatcher.DispatchOnceAsync(CancellationToken.None);
        bot.Time.Advance(TimeSpan.FromSeconds(29));
        var tooEarly = await dispatcher.DispatchOnceAsync(CancellationToken.None);
        bot.Time.Advance(TimeSpan.FromSeconds(2));
        var retried = await dispatcher.DispatchOnceAsync(CancellationToken.None);

        Assert.Equal(0, tooEarly);
        Assert.Equal(1, retried);
        await using var db = bot.NewContext();
        var row = await db.Outbox.SingleAsync();
        Assert.Equal(OutboxStatus.Sent, row.Status);
        Assert.Equal(1, row.Attempts); // the platform's wait is not a failed try

    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Dispatch_TerminalFailure_MarkedFailedWithTheReason(DatabaseProvider provider)
    {
        var sender = new RecordingSender { Outcomes = new([new SendOutcome.Terminal("403 blocked by user", Unreachable: true)]) };
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var bot = await HostHarness.StartAsync(database, s => s.AddSingleton<IOutboxSender>(sender));
        await AddPendingAsync(bot, 1);

        await bot.Services.GetRequiredService<OutboxDispatcher>().DispatchOnceAsync(CancellationToken.None);

        await using var db = bot.NewContext();
        var row = await db.Outbox.SingleAsync();
        Assert.Equal(OutboxStatus.Failed, row.Status);
        Assert.Equal("403 blocked by user", row.LastError);
    }

    private static async Task AddPendingAsync(BotHarness bot, int count)
    {
        await using var db = bot.NewContext();
        var now = bot.Time.GetUtcNow();
        for (var i = 1; i <= count; i++)
        {
            db.Outbox.Add(new OutboxMessage
            {
                Channel = RecordingSender.Name,
                ConversationId = "c1",
                Sequence = i,
                Kind = OutboxKind.Proactive,
                PayloadJson = JsonSerializer.Serialize(new Reply($"m{i}"), StateJson.Options),
                Status = OutboxStatus.Pending,
                CreatedAt = now,
                NotBefore = now,
            });
        }

        await db.SaveChangesAsync();
    }

    private sealed class RecordingSender : IOutboxSender
    {
        public const string Name = "recording";

        private readonly ConcurrentQueue<string> _texts = new();

        public Queue<SendOutcome> Outcomes { get; init; } = new();

        public List<string> Texts => [.. _texts];

        public string Channel => Name;

        public Task<SendOutcome> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
        {
            lock (Outcomes)
            {
                if (Outcomes.TryDequeue(out var planned))
                {
                    return Task.FromResult(planned);
                }
            }

            _texts.Enqueue(message.Reply.Text);
            return Task.FromResult(SendOutcome.Sent);
        }
    }
}
