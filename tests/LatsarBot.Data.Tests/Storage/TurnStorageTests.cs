using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Dialogs;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Data.Tests.Storage;

/// <summary>The turn's one transaction, through the real pipeline and dialogs, on both providers.</summary>
public sealed class TurnStorageTests
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Turn_SameActivityIdTwice_OneStateChangeSameReplies(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var bot = await BotHarness.StartAsync(database);
        var flow = bot.Flow();
        await flow.SendAsync("/start");
        var activity = flow.NewActivity() with { Value = new Bot.Activities.ChoiceValue("en") };

        var first = await bot.Pipeline.ProcessAsync(activity, CancellationToken.None);
        string stateAfterFirst;
        await using (var db = bot.NewContext())
        {
            stateAfterFirst = (await db.Conversations.SingleAsync()).StateJson;
        }

        var second = await bot.Pipeline.ProcessAsync(activity, CancellationToken.None);

        Assert.False(first.Replayed);
        Assert.True(second.Replayed);
        Assert.Equal(first.Replies, second.Replies);
        await using var after = bot.NewContext();
        Assert.Equal(stateAfterFirst, (await after.Conversations.SingleAsync()).StateJson);
        Assert.Equal(2, await after.InboundActivities.CountAsync());
        Assert.Equal(first.Replies.Count + 2, await after.Outbox.CountAsync());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Turn_DomainWriteAndReplies_CommittedTogether(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var bot = await BotHarness.StartAsync(database);
        var flow = bot.Flow();
        await flow.SendAsync("/start");
        await flow.PressAsync("id");
        await flow.SendAsync(DemoPeople.Nip);
        flow.TakeAll();

        await flow.SendAsync("000000");

        flow.AssertReply(Msg.CodeWrong, ("left", 4));
        await using var db = bot.NewContext();
        Assert.Equal(1, (await db.People.SingleAsync(p => p.Nip == Nip.FromTrusted(DemoPeople.Nip))).FailedCodeAttempts);
        Assert.Equal(4, await db.InboundActivities.CountAsync());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Turn_TwentyConcurrentMessages_AllProcessedNoneLost(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var bot = await BotHarness.StartAsync(database);
        var flows = Enumerable.Range(0, 5).Select(_ => bot.Flow()).ToList();

        await Task.WhenAll(flows.SelectMany(f => Enumerable.Range(0, 4).Select(_ => bot.Pipeline.ProcessAsync(f.NewActivity() with { Text = "/bantuan" }, CancellationToken.None))));

        await using var db = bot.NewContext();
        Assert.Equal(20, await db.InboundActivities.CountAsync());
        var perConversation = await db.Outbox.GroupBy(o => o.ConversationId).Select(g => new { Count = g.Count(), Max = g.Max(o => o.Sequence) }).ToListAsync();
        Assert.All(perConversation, c => Assert.Equal(c.Count, c.Max));
    }
}
