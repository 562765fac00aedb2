using System.Net;
using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Outbox;
using LatsarBot.Channels.Teams;
using LatsarBot.Testing;
using LatsarBot.Testing.FakeTeams;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Teams.Tests.Delivery;

/// <summary>Teams' real per-conversation limits: past them a 429 with Retry-After pauses that conversation only.</summary>
public sealed class TeamsThrottlingTests
{
    [Fact]
    public async Task PastTheConversationLimit_429PausesThatConversation_AndNotOthers()
    {
        await using var fake = await FakeTeamsServer.StartAsync(new FakeTeamsLimits { PerConversation = [(3, 3600)] });
        await using var database = TestDatabase.Sqlite();
        await using var host = await TeamsTestHost.StartAsync(fake, database);
        var sender = host.Services.GetRequiredService<TeamsSender>();
        foreach (var aad in new[] { "aad-busy", "aad-quiet" })
        {
            Assert.Equal(HttpStatusCode.OK, (await fake.PushAsync(FakeTeamsActivities.Installation(fake.ServiceUrl, "inst-" + aad, aad, "add"))).StatusCode);
        }

        var busy = FakeTeamsActivities.PersonalChat("aad-busy");
        var outcomes = new List<SendOutcome>();
        for (var i = 0; i < 5; i++)
        {
            outcomes.Add(await sender.SendAsync(new OutgoingMessage(i, busy, i, new Reply($"pesan {i}"), 1), CancellationToken.None));
        }

        var quiet = await sender.SendAsync(new OutgoingMessage(9, FakeTeamsActivities.PersonalChat("aad-quiet"), 1, new Reply("halo"), 1), CancellationToken.None);

        Assert.All(outcomes.Take(3), o => Assert.IsType<SendOutcome.SentOutcome>(o));
        Assert.All(outcomes.Skip(3), o => Assert.True(o is SendOutcome.Transient { RetryAfter: { } wait } && wait > TimeSpan.Zero));
        Assert.Equal(1, fake.Throttled);
        Assert.IsType<SendOutcome.SentOutcome>(quiet);
    }
}
