using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Outbox;
using LatsarBot.Core.Participants;
using LatsarBot.Data.Conversations;
using LatsarBot.Data.Outbox;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Data.Tests.Outbox;

public sealed class ProactiveOutboxTests
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Enqueue_TakesTheNextPlaceInTheLastActiveConversation(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var bot = await BotHarness.StartAsync(database);
        var now = bot.Time.GetUtcNow();
        int andi;
        await using (var db = bot.NewContext())
        {
            andi = await AddPersonAsync(db, "Andi");
            await AddChatAsync(db, andi, "webchat", "w-andi", nextSequence: 4, updatedAt: now.AddDays(-2));
            await AddChatAsync(db, andi, "telegram", "t-andi", nextSequence: 9, updatedAt: now.AddHours(-1));
        }

        await using (var db = bot.NewContext())
        {
            var result = await Outbox(bot).EnqueueAsync(db, [Message(andi, "k1", "Halo")], now, CancellationToken.None);
            Assert.Equal(1, result.Queued);
        }

        await using var check = bot.NewContext();
        var row = await check.Outbox.SingleAsync();
        Assert.Equal(("telegram", "t-andi", 9L, andi, "k1"), (row.Channel, row.ConversationId, row.Sequence, row.PersonId!.Value, row.Key!));
        Assert.Equal(OutboxKind.Proactive, row.Kind);
        Assert.Equal("Halo", OutboxPayload.Parse(row.PayloadJson).Text);
        var conversation = await check.Conversations.SingleAsync(c => c.ConversationId == "t-andi");
        Assert.Equal(10, conversation.NextSequence);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Enqueue_SameKeysTwice_QueuesEachMessageOnce(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var bot = await BotHarness.StartAsync(database);
        var now = bot.Time.GetUtcNow();
        List<int> people = [];
        await using (var db = bot.NewContext())
        {
            for (var i = 0; i < 30; i++)
            {
                var id = await AddPersonAsync(db, $"P{i}");
                await AddChatAsync(db, id, "webchat", $"w{i}", nextSequence: 1, updatedAt: now);
                people.Add(id);
            }
        }

        var messages = people.Select(p => Message(p, $"reminder:1:{p}", "Ingat")).ToList();
        EnqueueResult first, second;
        await using (var db = bot.NewContext())
        {
            first = await Outbox(bot).EnqueueAsync(db, messages.Take(20), now, CancellationToken.None);
        }

        await using (var db = bot.NewContext())
        {
            // The run fired again after a crash: the first 20 are in already, the other 10 are new.
            second = await Outbox(bot).EnqueueAsync(db, messages, now, CancellationToken.None);
        }

        Assert.Equal((20, 0), (first.Queued, first.AlreadyQueued));
        Assert.Equal((10, 20), (second.Queued, second.AlreadyQueued));
        await using var check = bot.NewContext();
        Assert.Equal(30, await check.Outbox.CountAsync());
        Assert.Equal(30, await check.Outbox.Select(o => o.PersonId).Distinct().CountAsync());
    }

    [Fact]
    public async Task Enqueue_PeopleWithoutAReachableChat_ReportedNotQueued()
    {
        await using var database = TestDatabase.Sqlite();
        await using var bot = await BotHarness.StartAsync(database);
        var now = bot.Time.GetUtcNow();
        int never, blocked, fine;
        await using (var db = bot.NewContext())
        {
            never = await AddPersonAsync(db, "Never");
            blocked = await AddPersonAsync(db, "Blocked");
            await AddChatAsync(db, blocked, "telegram", "t-b", nextSequence: 1, updatedAt: now, unreachableAt: now.AddDays(-1));
            fine = await AddPersonAsync(db, "Fine");
            await AddChatAsync(db, fine, "telegram", "t-f", nextSequence: 1, updatedAt: now);
        }

        await using var run = bot.NewContext();
        var result = await Outbox(bot).EnqueueAsync(run, [Message(never, "a", "x"), Message(blocked, "b", "x"), Message(fine, "c", "x")], now, CancellationToken.None);

        Assert.Equal(1, result.Queued);
        Assert.Equal([never, blocked], result.Unreachable.Order());
    }

    [Fact]
    public async Task Enqueue_RacingATurnOfTheRecipient_NeitherLosesItsPlace()
    {
        await using var database = await TestDatabase.PostgresAsync();
        await using var bot = await BotHarness.StartAsync(database);
        var now = bot.Time.GetUtcNow();
        var people = new List<int>();
        await using (var db = bot.NewContext())
        {
            for (var i = 0; i < 40; i++)
            {
                var id = await AddPersonAsync(db, $"P{i}");
                await AddChatAsync(db, id, "webchat", $"w{i}", nextSequence: 1, updatedAt: now);
                people.Add(id);
            }
        }

        // Each "turn" takes a place in its conversation with the concurrency token, as the turn store does.
        async Task TurnsAsync()
        {
            for (var i = 0; i < 40; i++)
            {
                for (var attempt = 0; ; attempt++)
                {
                    await using var db = bot.NewContext();
                    var record = await db.Conversations.SingleAsync(c => c.ConversationId == $"w{i}");
                    db.Outbox.Add(new OutboxMessage
                    {
                        Channel = record.Channel, ConversationId = record.ConversationId, Sequence = record.NextSequence++,
                        PayloadJson = OutboxPayload.Of(new Reply("reply")), CreatedAt = now, NotBefore = now,
                    });
                    record.Version++;
                    try
                    {
                        await db.SaveChangesAsync();
                        break;
                    }
                    catch (DbUpdateException) when (attempt < 10)
                    {
                    }
                }
            }
        }

        async Task<EnqueueResult> FanOutAsync()
        {
            await using var db = bot.NewContext();
            return await Outbox(bot).EnqueueAsync(db, people.Select(p => Message(p, $"k{p}", "broadcast")), now, CancellationToken.None);
        }

        var fanOut = Task.Run(FanOutAsync);
        await Task.Run(TurnsAsync);
        var result = await fanOut;

        Assert.Equal(40, result.Queued);
        await using var check = bot.NewContext();
        var rows = await check.Outbox.ToListAsync();
        Assert.Equal(80, rows.Count);
        Assert.All(rows.GroupBy(r => r.ConversationId), g => Assert.Equal([1L, 2L], g.Select(r => r.Sequence).Order()));
    }

    [Fact]
    public async Task Add_InsideATurnsContext_WrittenByThatCommit()
    {
        await using var database = TestDatabase.Sqlite();
        await using var bot = await BotHarness.StartAsync(database);
        var now = bot.Time.GetUtcNow();
        int coach;
        await using (var db = bot.NewContext())
        {
            coach = await AddPersonAsync(db, "Coach");
            await AddChatAsync(db, coach, "webchat", "w-coach", nextSequence: 7, updatedAt: now);
        }

        await using (var db = bot.NewContext())
        {
            Assert.True(await bot.Services.GetRequiredService<ProactiveOutbox>().AddAsync(db, Message(coach, "relay:1", "Pesan peserta"), now, CancellationToken.None));
            Assert.False(await bot.Services.GetRequiredService<ProactiveOutbox>().AddAsync(db, Message(coach + 1000, "relay:2", "x"), now, CancellationToken.None));
            Assert.Equal(0, await bot.NewContext().Outbox.CountAsync());
            await db.SaveChangesAsync();
        }

        await using var check = bot.NewContext();
        Assert.Equal(7, (await check.Outbox.SingleAsync()).Sequence);
    }

    private static ProactiveOutbox Outbox(BotHarness bot) => bot.Services.GetRequiredService<ProactiveOutbox>();

    private static ProactiveMessage Message(int personId, string key, string text) => new(personId, key, OutboxPayload.Of(new Reply(text)));

    private static async Task<int> AddPersonAsync(LatsarDb db, string name)
    {
        var institution = await db.Institutions.FirstOrDefaultAsync() ?? db.Institutions.Add(new Institution { Name = "BPSDM Uji" }).Entity;
        var person = new StaffMember { Name = name, Institution = institution, StaffRole = Role.Coach };
        db.Staff.Add(person);
        await db.SaveChangesAsync();
        return person.Id;
    }

    private static async Task AddChatAsync(LatsarDb db, int personId, string channel, string conversationId, long nextSequence, DateTimeOffset updatedAt, DateTimeOffset? unreachableAt = null)
    {
        db.ChannelIdentities.Add(new ChannelIdentity
        {
            Channel = channel, ChannelUserId = conversationId, ConversationId = conversationId, PersonId = personId,
            BoundAt = updatedAt, UnreachableAt = unreachableAt,
        });
        db.Conversations.Add(new ConversationRecord
        {
            Channel = channel, ConversationId = conversationId, StateJson = "{}", NextSequence = nextSequence, UpdatedAt = updatedAt,
        });
        await db.SaveChangesAsync();
    }
}
