using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Outbox;
using LatsarBot.Channels.Teams;
using LatsarBot.Teams.Tests.Inbound;
using LatsarBot.Testing.FakeTeams;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Teams.Tests.Delivery;

/// <summary>The sender against the fake connector: app token kept and renewed on 401, 429 pauses, 403 unreachable, 404 failed.</summary>
public sealed class TeamsSenderTests(TeamsHostFixture fixture) : IClassFixture<TeamsHostFixture>
{
    private TeamsSender Sender => fixture.Host.Services.GetRequiredService<TeamsSender>();

    /// <summary>The person installed the app: the conversation and its reference are known.</summary>
    private async Task<string> InstalledAsync(string aad)
    {
        await fixture.Fake.PushAsync(FakeTeamsActivities.Installation(fixture.ServiceUrl, "install-" + aad, aad, "add"));
        return FakeTeamsActivities.PersonalChat(aad);
    }

    private static OutgoingMessage Message(string conversationId, string text, long id = 1) => new(id, conversationId, 1, new Reply(text), 1, "reminder");

    [Fact]
    public async Task ProactiveSend_UsesTheStoredReference_AndTheTokenIsKeptForTheNext()
    {
        var chat = await InstalledAsync("aad-send");
        var tokensBefore = fixture.Fake.TokensIssued;

        var first = await Sender.SendAsync(Message(chat, "Pengingat *1*"), CancellationToken.None);
        var second = await Sender.SendAsync(Message(chat, "Pengingat 2"), CancellationToken.None);

        Assert.IsType<SendOutcome.SentOutcome>(first);
        Assert.IsType<SendOutcome.SentOutcome>(second);
        Assert.Equal(["Pengingat **1**", "Pengingat 2"], fixture.Fake.Delivered.Where(d => d.ConversationId == chat).Select(d => d.Text));
        Assert.True(fixture.Fake.TokensIssued - tokensBefore <= 1);
    }

    [Fact]
    public async Task RevokedToken_IsRenewedOnceAndTheMessageGoesThrough()
    {
        var chat = await InstalledAsync("aad-revoke");
        await Sender.SendAsync(Message(chat, "sebelum"), CancellationToken.None);
        var tokensBefore = fixture.Fake.TokensIssued;
        fixture.Fake.RevokeAppTokens();

        var outcome = await Sender.SendAsync(Message(chat, "sesudah"), CancellationToken.None);

        Assert.IsType<SendOutcome.SentOutcome>(outcome);
        Assert.Equal(tokensBefore + 1, fixture.Fake.TokensIssued);
        Assert.Contains(fixture.Fake.Received, r => r.ConversationId == chat && r.Status == 401);
    }

    [Fact]
    public async Task RemovedApp_Is403Unreachable()
    {
        var chat = await InstalledAsync("aad-removed");
        fixture.Fake.RemoveApp(chat);

        var outcome = await Sender.SendAsync(Message(chat, "halo"), CancellationToken.None);

        Assert.Equal(new SendOutcome.Terminal("Teams 403: {\"error\":{\"code\":\"BotNotInConversationRoster\",\"message\":\"The bot is not part of the conversation roster.\"}}", Unreachable: true, Code: "Teams:403"), outcome);
    }

    [Fact]
    public async Task UnknownConversation_Is404Failed()
    {
        var store = fixture.Host.Services.GetRequiredService<ITeamsStore>();
        await store.RememberReferenceAsync(new TeamsConversationReference(fixture.ServiceUrl, "a:gone", FakeTeamsServer.TenantId, "29:gone", "aad-gone", FakeTeamsServer.BotId, "personal"),
            null, CancellationToken.None);

        var outcome = await Sender.SendAsync(Message("a:gone", "halo"), CancellationToken.None);

        Assert.Equal((false, "Teams:404"), outcome is SendOutcome.Terminal t ? (t.Unreachable, t.Code) : (true, null));
    }

    [Fact]
    public async Task NoReference_FailsWithoutCallingTeams()
    {
        var outcome = await Sender.SendAsync(Message("a:never-seen", "halo"), CancellationToken.None);

        Assert.Equal("Teams:NoReference", (outcome as SendOutcome.Terminal)?.Code);
        Assert.DoesNotContain(fixture.Fake.Received, r => r.ConversationId == "a:never-seen");
    }

    [Fact]
    public async Task LongMessageWhoseSecondPartFails_TheRetrySendsOnlyWhatWasNotShown()
    {
        var chat = await InstalledAsync("aad-parts");
        var text = string.Join("\n\n", Enumerable.Range(1, 3).Select(i => $"Bagian {i}: " + new string((char)('a' + i), 3500)));
        fixture.Fake.FailOnce(chat, accepted: 1, status: 502);

        var first = await Sender.SendAsync(Message(chat, text, id: 4242), CancellationToken.None);
        var retry = await Sender.SendAsync(Message(chat, text, id: 4242), CancellationToken.None);

        Assert.IsType<SendOutcome.Transient>(first);
        var sent = Assert.IsType<SendOutcome.SentOutcome>(retry);
        var shown = fixture.Fake.Delivered.Where(d => d.ConversationId == chat).Select(d => d.Text!).ToList();
        Assert.Equal(["Bagian 1:", "Bagian 2:", "Bagian 3:"], shown.Select(t => t[..9]));
        Assert.Equal(3, sent.PlatformIds!.Count);
        Assert.Null(await fixture.Host.Services.GetRequiredService<ITeamsStore>().RecallAsync(Channels.OutboxParts.Key(4242), CancellationToken.None));
    }
}
