using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Outbox;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Data.Conversations;
using LatsarBot.Data.Outbox;
using LatsarBot.Outbox;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Tests.Outbox;

/// <summary>
/// A proactive message whose channel refuses it for good goes on to the person's next channel, once, restart-safe, on
/// a real database; each try is in the ledger.
/// </summary>
public sealed class DeliveryFallbackTests
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task BlockedOnTheLastUsed_SentOnTheNext_LedgerHasBoth_ACrashBeforeMarkingSendsNothingTwice(DatabaseProvider provider)
    {
        var telegram = new BlockedTelegram();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var bot = await HostHarness.StartAsync(database, s => s.AddSingleton<IOutboxSender>(telegram));
        var person = await SeedAsync(bot, ("webchat", -2), ("telegram", -1));
        await EnqueueAsync(bot, person, "reminder:t:1");
        var dispatcher = bot.Services.GetRequiredService<OutboxDispatcher>();

        for (var pass = 0; pass < 5 && await dispatcher.DispatchOnceAsync(CancellationToken.None) > 0; pass++)
        {
        }

        await using (var db = bot.NewContext())
        {
            var rows = await db.Outbox.AsNoTracking().Where(o => o.PersonId == person).OrderBy(o => o.Id).ToListAsync();
            Assert.Equal([("telegram", OutboxStatus.Failed, "webchat"), ("webchat", OutboxStatus.Sent, null)], rows.Select(r => (r.Channel, r.Status, r.FallbackChannel)));
            Assert.Equal("reminder:t:1~webchat", rows[1].Key);
            var ledger = await db.DeliveryAttempts.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
            Assert.Equal([("reminder:t:1", "telegram", "blocked"), ("reminder:t:1", "webchat", "sent")], ledger.Select(a => (a.MessageKey, a.Channel, a.Outcome)));
            Assert.Equal(1, telegram.Calls);

            // A crash after the next row was queued but before the failed one was marked: the next pass finds its key.
            await db.Outbox.Where(o => o.Id == rows[0].Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.FallbackAt, (DateTimeOffset?)null).SetProperty(o => o.FallbackChannel, (string?)null));
        }

        await dispatcher.DispatchOnceAsync(CancellationToken.None);

        await using var after = bot.NewContext();
        Assert.Equal(2, await after.Outbox.CountAsync(o => o.PersonId == person));
        Assert.Equal("webchat", (await after.Outbox.SingleAsync(o => o.Key == "reminder:t:1")).FallbackChannel);
        Assert.Equal(2, await after.DeliveryAttempts.CountAsync());
    }

    [Fact]
    public async Task LastUsedAlreadyUnreachable_GoesToTheFirstReachableInTheConfiguredOrder()
    {
        await using var database = TestDatabase.Sqlite();
        await using var bot = await HostHarness.StartAsync(database, s => s.AddSingleton<IOutboxSender>(new BlockedTelegram()),
            [new("Delivery:FallbackOrder:0", "telegram"), new("Delivery:FallbackOrder:1", "webchat"), new("Delivery:FallbackOrder:2", "whatsapp")]);
        var person = await SeedAsync(bot, ("webchat", -2), ("telegram", -3), ("whatsapp", -1));
        await using (var db = bot.NewContext())
        {
            await db.ChannelIdentities.Where(i => i.Channel == "whatsapp").ExecuteUpdateAsync(s => s.SetProperty(i => i.UnreachableAt, bot.Time.GetUtcNow()));
        }

        await EnqueueAsync(bot, person, "reminder:t:2");

        await using var after = bot.NewContext();
        Assert.Equal("telegram", (await after.Outbox.SingleAsync(o => o.Key == "reminder:t:2")).Channel);
    }

    [Fact]
    public async Task NoOtherChannel_FailureStays_MarkedAsOfferedToNone()
    {
        await using var database = TestDatabase.Sqlite();
        await using var bot = await HostHarness.StartAsync(database, s => s.AddSingleton<IOutboxSender>(new BlockedTelegram()));
        var person = await SeedAsync(bot, ("telegram", -1));
        await EnqueueAsync(bot, person, "reminder:t:3");
        var dispatcher = bot.Services.GetRequiredService<OutboxDispatcher>();

        for (var pass = 0; pass < 5 && await dispatcher.DispatchOnceAsync(CancellationToken.None) > 0; pass++)
        {
        }

        await using var db = bot.NewContext();
        var row = await db.Outbox.SingleAsync(o => o.PersonId == person);
        Assert.Equal((OutboxStatus.Failed, (string?)null), (row.Status, row.FallbackChannel));
        Assert.NotNull(row.FallbackAt);
    }

    /// <summary>A participant of the demo class with an account on each channel, last used <c>hours</c> from now.</summary>
    private static async Task<int> SeedAsync(BotHarness bot, params (string Channel, int Hours)[] accounts)
    {
        await using var db = bot.NewContext();
        var person = await db.People.SingleAsync(p => p.Nip == Nip.FromTrusted(DemoPeople.Nip));
        foreach (var (channel, hours) in accounts)
        {
            var at = bot.Time.GetUtcNow().AddHours(hours);
            var id = $"{channel}-andi";
            db.ChannelIdentities.Add(new ChannelIdentity { Channel = channel, ChannelUserId = id, ConversationId = id, PersonId = person.Id, BoundAt = at, LastActiveAt = at });
            db.Conversations.Add(new ConversationRecord { Channel = channel, ConversationId = id, StateJson = "{}", UpdatedAt = at });
        }

        await db.SaveChangesAsync();
        return person.Id;
    }

    private static async Task EnqueueAsync(BotHarness bot, int person, string key)
    {
        await using var scope = bot.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ProactiveOutbox>().EnqueueAsync(
            scope.ServiceProvider.GetRequiredService<LatsarDb>(), [new ProactiveMessage(person, key, OutboxPayload.Of(new Reply("Isi logbook hari ini.")))], bot.Time.GetUtcNow(), CancellationToken.None);
        Assert.Equal(1, result.Queued);
    }

    /// <summary>Telegram as the dispatcher sees a chat whose person blocked the bot (403).</summary>
    private sealed class BlockedTelegram : IOutboxSender
    {
        private int _calls;

        public int Calls => _calls;

        public string Channel => "telegram";

        public Task<SendOutcome> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            return Task.FromResult<SendOutcome>(new SendOutcome.Terminal("403 Forbidden: bot was blocked by the user", Unreachable: true));
        }
    }
}
