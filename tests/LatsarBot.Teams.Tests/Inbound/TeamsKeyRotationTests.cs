using System.Net;
using LatsarBot.Testing;
using LatsarBot.Testing.FakeTeams;

namespace LatsarBot.Teams.Tests.Inbound;

/// <summary>Microsoft rotates its signing keys: a token under a new kid makes the host fetch the keys again, once, and accept it.</summary>
public sealed class TeamsKeyRotationTests
{
    [Fact]
    public async Task TokenSignedWithARotatedKey_IsAcceptedAfterOneFetchOfTheNewKeys()
    {
        await using var fake = await FakeTeamsServer.StartAsync(FakeTeamsLimits.Relaxed);
        await using var database = TestDatabase.Sqlite();
        await using var host = await TeamsTestHost.StartAsync(fake, database);
        Assert.Equal(HttpStatusCode.OK, (await fake.PushAsync(FakeTeamsActivities.Message(fake.ServiceUrl, "rot-1", "aad-rot", "halo"))).StatusCode);
        var fetchesBefore = fake.KeyFetches;

        fake.RotateKeys();
        var afterRotation = await fake.PushAsync(FakeTeamsActivities.Message(fake.ServiceUrl, "rot-2", "aad-rot", "menu"));
        var next = await fake.PushAsync(FakeTeamsActivities.Message(fake.ServiceUrl, "rot-3", "aad-rot", "menu"));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (afterRotation.StatusCode, next.StatusCode));
        Assert.Equal(fetchesBefore + 1, fake.KeyFetches);
    }

    [Fact]
    public async Task UnknownKeys_WithinTheRefreshInterval_DoNotFetchTheKeysAgain()
    {
        await using var fake = await FakeTeamsServer.StartAsync(FakeTeamsLimits.Relaxed);
        await using var database = TestDatabase.Sqlite();
        await using var host = await TeamsTestHost.StartAsync(fake, database, [new("Teams:KeyRefreshMinInterval", "01:00:00")]);
        Assert.Equal(HttpStatusCode.OK, (await fake.PushAsync(FakeTeamsActivities.Message(fake.ServiceUrl, "flood-0", "aad-flood", "halo"))).StatusCode);
        var fetchesBefore = fake.KeyFetches;

        for (var i = 1; i <= 5; i++)
        {
            var response = await fake.PushAsync(FakeTeamsActivities.Message(fake.ServiceUrl, $"flood-{i}", "aad-flood", "halo"), new FakeTokenKnobs { UnknownKey = true });
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        Assert.Equal(fetchesBefore, fake.KeyFetches);
    }
}
