using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Outbox;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Data.Channels;
using LatsarBot.Data.Conversations;
using LatsarBot.Data.Outbox;
using LatsarBot.Testing;
using LatsarBot.Testing.FakeTeams;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Teams.Tests.Delivery;

/// <summary>Andi (the demo participant) bound on channels as earlier turns would have left him, and proactive messages queued for him.</summary>
internal static class TeamsPeople
{
    public const string AndiNip = "199001012022031001";

    /// <summary>Binds Andi's Teams account (his Entra object id, his personal chat) <paramref name="ago"/> before now; returns his person id.</summary>
    public static Task<int> BindAsync(TestDatabase database, string channel, string userId, string conversationId, TimeSpan ago) =>
        BindAsync(database, channel, userId, conversationId, DateTimeOffset.UtcNow - ago);

    public static async Task<int> BindOnTeamsAsync(TestDatabase database, string aad, TimeSpan ago) =>
        await BindAsync(database, "teams", aad, FakeTeamsActivities.PersonalChat(aad), ago);

    private static async Task<int> BindAsync(TestDatabase database, string channel, string userId, string conversationId, DateTimeOffset at)
    {
        await using var db = database.NewContext();
        var andi = await db.People.SingleAsync(p => p.Nip == Nip.FromTrusted(AndiNip));
        db.ChannelIdentities.Add(new ChannelIdentity
        {
            Channel = channel, ChannelUserId = userId, ConversationId = conversationId, PersonId = andi.Id, Proof = IdentityProof.EnrolmentCode, BoundAt = at, LastActiveAt = at,
        });
        db.Conversations.Add(new ConversationRecord { Channel = channel, ConversationId = conversationId, StateJson = "{}", UpdatedAt = at });
        await db.SaveChangesAsync();
        return andi.Id;
    }

    public static async Task EnqueueAsync(IServiceProvider services, int personId, string key, string text)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LatsarDb>();
        var message = new ProactiveMessage(personId, key, OutboxPayload.Of(new Reply(text))) { Batch = key[..key.LastIndexOf(':')] };
        var result = await scope.ServiceProvider.GetRequiredService<ProactiveOutbox>().EnqueueAsync(db, [message], DateTimeOffset.UtcNow, CancellationToken.None);
        Assert.Equal(1, result.Queued);
        services.GetRequiredService<OutboxSignal>().Notify();
    }

    /// <summary>Waits until <paramref name="count"/> reaches <paramref name="expected"/>; the limit only stops a hang.</summary>
    public static async Task UntilAsync(TestDatabase database, Func<LatsarDb, Task<int>> count, int expected)
    {
        for (var i = 0; i < 300; i++)
        {
            await using var db = database.NewContext();
            if (await count(db) >= expected)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The outcome was never recorded.");
    }
}
