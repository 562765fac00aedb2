using System.Net;
using System.Text;
using LatsarBot.Testing.FakeTeams;

namespace LatsarBot.Teams.Tests.Inbound;

/// <summary>The messaging endpoint's contract with the Bot Connector over loopback HTTP: only a token that passes every check is processed.</summary>
public sealed class TeamsAuthenticationTests(TeamsHostFixture fixture) : IClassFixture<TeamsHostFixture>
{
    [Fact]
    public async Task ValidToken_Is200AndTheTurnRuns()
    {
        var response = await fixture.Fake.PushAsync(FakeTeamsActivities.Message(fixture.ServiceUrl, "auth-good", "aad-auth-good", "halo"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, await fixture.TurnsOfAsync(FakeTeamsActivities.PersonalChat("aad-auth-good")));
    }

    public static TheoryData<string, FakeTokenKnobs> BrokenTokens => new()
    {
        { "aad-expired", new FakeTokenKnobs { ExpiresInMinutes = -10 } },
        { "aad-audience", new FakeTokenKnobs { Audience = "11111111-2222-4333-8444-555555555555" } },
        { "aad-issuer", new FakeTokenKnobs { Issuer = "https://sts.windows.net/evil/" } },
        { "aad-serviceurl", new FakeTokenKnobs { ServiceUrl = "https://smba.trafficmanager.net/amer/" } },
        { "aad-noserviceurl", new FakeTokenKnobs { ServiceUrl = "" } },
        { "aad-endorsement", new FakeTokenKnobs { UnendorsedKey = true } },
        { "aad-unknownkey", new FakeTokenKnobs { UnknownKey = true } },
    };

    [Theory, MemberData(nameof(BrokenTokens))]
    public async Task BrokenToken_Is401AndNothingIsProcessed(string aad, FakeTokenKnobs knobs)
    {
        var response = await fixture.Fake.PushAsync(FakeTeamsActivities.Message(fixture.ServiceUrl, "auth-" + aad, aad, "halo"), knobs);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await fixture.TurnsOfAsync(FakeTeamsActivities.PersonalChat(aad)));
    }

    [Fact]
    public async Task ExpiredWithinTheSkew_IsStillAccepted()
    {
        var response = await fixture.Fake.PushAsync(FakeTeamsActivities.Message(fixture.ServiceUrl, "auth-skew", "aad-skew", "halo"),
            new FakeTokenKnobs { ExpiresInMinutes = -2 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("aad-none", null)]
    [InlineData("aad-basic", "Basic dXNlcjpwYXNz")]
    [InlineData("aad-garbage", "Bearer not-a-jwt")]
    [InlineData("aad-empty", "Bearer ")]
    [InlineData("aad-unsigned", "Bearer eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJpc3MiOiJodHRwczovL2FwaS5ib3RmcmFtZXdvcmsuY29tIn0.")]
    public async Task NoOrUnusableAuthorization_Is401(string aad, string? authorization)
    {
        var body = Encoding.UTF8.GetBytes(FakeTeamsActivities.Message(fixture.ServiceUrl, "auth-" + aad, aad, "halo").ToJsonString());

        var response = await fixture.Fake.PostRawAsync(body, authorization);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await fixture.TurnsOfAsync(FakeTeamsActivities.PersonalChat(aad)));
    }

    [Fact]
    public async Task ServiceUrlOnAHostNotAllowed_Is401EvenWhenTheTokenNamesIt()
    {
        var activity = FakeTeamsActivities.Message("https://connector.example.org/", "auth-host", "aad-host", "halo");

        var response = await fixture.Fake.PushAsync(activity);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await fixture.TurnsOfAsync(FakeTeamsActivities.PersonalChat("aad-host")));
    }

    [Fact]
    public async Task ActivityForAnotherChannelThanTheKeyIsEndorsedFor_Is401()
    {
        var activity = FakeTeamsActivities.Message(fixture.ServiceUrl, "auth-channel", "aad-channel", "halo");
        activity["channelId"] = "slack";

        var response = await fixture.Fake.PushAsync(activity);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("{")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{\"type\":5}")]
    [InlineData("")]
    public async Task AuthenticTokenWithUnreadableBody_Is200(string json)
    {
        var response = await fixture.Fake.PostRawAsync(Encoding.UTF8.GetBytes(json), "Bearer " + fixture.Fake.SignToken(fixture.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
