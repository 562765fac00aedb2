using System.Net;
using System.Text.Json.Nodes;
using LatsarBot.Testing.FakeTeams;

namespace LatsarBot.Teams.Tests.Inbound;

/// <summary>What the host does with authentic activities: one turn per activity id, a welcome on install, invokes answered in the response.</summary>
public sealed class TeamsInboundTests(TeamsHostFixture fixture) : IClassFixture<TeamsHostFixture>
{
    [Fact]
    public async Task RedeliveredActivity_RunsOneTurn()
    {
        var activity = FakeTeamsActivities.Message(fixture.ServiceUrl, "dup-1", "aad-dup", "halo");

        var first = await fixture.Fake.PushAsync(activity);
        var again = await fixture.Fake.PushAsync(activity);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, again.StatusCode));
        Assert.Equal(1, await fixture.TurnsOfAsync(FakeTeamsActivities.PersonalChat("aad-dup")));
    }

    [Fact]
    public async Task BotAddedInAPersonalChat_TheWelcomeArrivesThroughTheConnector()
    {
        var chat = FakeTeamsActivities.PersonalChat("aad-welcome");

        await fixture.Fake.PushAsync(FakeTeamsActivities.BotAdded(fixture.ServiceUrl, "welcome-1", "aad-welcome"));

        var delivered = await fixture.Fake.WaitAsync(r => r.Any(c => c.Accepted && c.ConversationId == chat));
        var welcome = delivered.First(c => c.Accepted && c.ConversationId == chat);
        Assert.False(string.IsNullOrWhiteSpace(welcome.Text ?? welcome.Card?["body"]?[0]?["text"]?.ToString()));
        Assert.Equal(FakeTeamsServer.BotId, welcome.Body["from"]?["id"]?.ToString());
    }

    [Fact]
    public async Task BotAddedToATeam_RunsNoTurn()
    {
        var activity = FakeTeamsActivities.BotAdded(fixture.ServiceUrl, "team-add-1", "aad-team", "channel");

        var response = await fixture.Fake.PushAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, await fixture.TurnsOfAsync(activity["conversation"]!["id"]!.ToString()));
    }

    [Fact]
    public async Task MessageInAChannelThreadTheBotDidNotStart_RunsNoTurn()
    {
        var activity = FakeTeamsActivities.MentionMessage(fixture.ServiceUrl, "thread-foreign-1", "aad-thread", "halo", "channel", "19:other@thread.tacv2;messageid=42");

        var response = await fixture.Fake.PushAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, await fixture.TurnsOfAsync("19:other@thread.tacv2"));
    }

    [Fact]
    public async Task AdaptiveCardInvoke_Is200WithAnInvokeResponse()
    {
        var response = await fixture.Fake.PushAsync(FakeTeamsActivities.Invoke(fixture.ServiceUrl, "invoke-1", "aad-invoke", "menu"));

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal((HttpStatusCode.OK, 200), (response.StatusCode, (int)body["statusCode"]!));
        Assert.Equal(1, await fixture.TurnsOfAsync(FakeTeamsActivities.PersonalChat("aad-invoke")));
    }

    [Fact]
    public async Task ReactionAndUnknownTypes_Are200AndRunNoTurn()
    {
        var unknown = FakeTeamsActivities.Message(fixture.ServiceUrl, "odd-2", "aad-odd", "x");
        unknown["type"] = "somethingNew";

        var reaction = await fixture.Fake.PushAsync(FakeTeamsActivities.Reaction(fixture.ServiceUrl, "odd-1", "aad-odd"));
        var other = await fixture.Fake.PushAsync(unknown);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (reaction.StatusCode, other.StatusCode));
        Assert.Equal(0, await fixture.TurnsOfAsync(FakeTeamsActivities.PersonalChat("aad-odd")));
    }
}
