using System.Net;
using System.Net.Http.Json;
using LatsarBot.Channels.WebChat;
using LatsarBot.Dialogs;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Tests.WebChat;

/// <summary>Server-issued web chat sessions: a conversation is read and written only with its own, unexpired token.</summary>
public sealed class WebChatSessionTests : IAsyncLifetime
{
    private readonly ShiftedClock _clock = new();
    private TestHost _host = null!;

    public async Task InitializeAsync() =>
        _host = await TestHost.StartAsync(overrides: services => services.AddSingleton<TimeProvider>(_clock));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Start_MintsARandomConversationAndTokenThatExpiresInAWeek()
    {
        var a = await WebChatTransport.StartSessionAsync(_host.Client);
        var b = await WebChatTransport.StartSessionAsync(_host.Client);

        Assert.NotEqual(a.ConversationId, b.ConversationId);
        Assert.True(WebChatMapper.IsValidConversationId(a.ConversationId));
        Assert.DoesNotContain(a.ConversationId, a.Token, StringComparison.Ordinal);
        Assert.InRange(a.ExpiresAt - _clock.GetUtcNow(), TimeSpan.FromDays(6.9), TimeSpan.FromDays(7));
    }

    [Fact]
    public async Task OwnToken_TurnFeedAndUploadAreServed()
    {
        var session = await WebChatTransport.StartSessionAsync(_host.Client);

        using var turn = await WebChatTransport.PostJsonAsync(_host.Client, session, "activities", new { id = "1", from = "u1", text = "/start" });
        var feed = await WebChatTransport.FeedAsync(_host.Client, session, 0);

        Assert.Equal(HttpStatusCode.OK, turn.StatusCode);
        Assert.NotEmpty(feed.Messages);
    }

    [Fact]
    public async Task NoToken_TurnFeedAndUploadAre401AndNothingRuns()
    {
        var session = await WebChatTransport.StartSessionAsync(_host.Client);
        var withoutToken = session with { Token = null! };

        var statuses = await AllCallsAsync(withoutToken);

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        await AssertNothingStoredAsync(session.ConversationId);
    }

    [Fact]
    public async Task AnotherConversationsToken_Is403ForReadAndWrite()
    {
        var victim = await WebChatTransport.StartSessionAsync(_host.Client);
        var flow = WebChatTransport.Flow(_host.Client, victim, _host.Services.GetRequiredService<Bot.Messages.MessageCatalog>());
        await DemoPeople.LogInAsync(flow);
        var attacker = await WebChatTransport.StartSessionAsync(_host.Client);
        var turnsBefore = await TurnsAsync(victim.ConversationId);

        var statuses = await AllCallsAsync(victim with { Token = attacker.Token });

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Forbidden, s));
        Assert.Equal(turnsBefore, await TurnsAsync(victim.ConversationId));
    }

    [Fact]
    public async Task ExpiredToken_Is401AndCannotBeRenewed()
    {
        var session = await WebChatTransport.StartSessionAsync(_host.Client);
        _clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));

        var statuses = await AllCallsAsync(session);
        using var renew = await _host.Client.SendAsync(WebChatTransport.Request(HttpMethod.Post, WebChatSessionEndpoints.Path, session.Token));

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(HttpStatusCode.Unauthorized, renew.StatusCode);
        await AssertNothingStoredAsync(session.ConversationId);
    }

    [Fact]
    public async Task TamperedToken_Is401()
    {
        var session = await WebChatTransport.StartSessionAsync(_host.Client);
        var tampered = session.Token[..^4] + (session.Token[^4..] == "AAAA" ? "BBBB" : "AAAA");

        var statuses = await AllCallsAsync(session with { Token = tampered });

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Unauthorized, s));
    }

    [Fact]
    public async Task Renew_BeforeExpiry_SameConversationLaterExpiryAndTheNewTokenWorks()
    {
        var session = await WebChatTransport.StartSessionAsync(_host.Client);
        _clock.Advance(TimeSpan.FromDays(5));

        using var response = await _host.Client.SendAsync(WebChatTransport.Request(HttpMethod.Post, WebChatSessionEndpoints.Path, session.Token));
        var renewed = (await response.Content.ReadFromJsonAsync<WebChatSession>())!;
        _clock.Advance(TimeSpan.FromDays(3));
        using var turn = await WebChatTransport.PostJsonAsync(_host.Client, renewed, "activities", new { id = "1", from = "u1", text = "/start" });
        using var old = await WebChatTransport.PostJsonAsync(_host.Client, session, "activities", new { id = "2", from = "u1", text = "/start" });

        Assert.Equal(session.ConversationId, renewed.ConversationId);
        Assert.True(renewed.ExpiresAt > session.ExpiresAt);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Unauthorized), (turn.StatusCode, old.StatusCode));
    }

    [Fact]
    public async Task ClientChosenId_OutsideDevelopment_IsNotAdopted()
    {
        using var response = await _host.Client.PostAsJsonAsync(WebChatSessionEndpoints.Path, new { conversationId = "my-own-id" });
        var session = (await response.Content.ReadFromJsonAsync<WebChatSession>())!;

        Assert.NotEqual("my-own-id", session.ConversationId);
    }

    private async Task<HttpStatusCode[]> AllCallsAsync(WebChatSession session)
    {
        using var turn = await WebChatTransport.PostJsonAsync(_host.Client, session, "activities", new { id = "x1", from = "u1", text = "/start" });
        using var feed = await _host.Client.SendAsync(WebChatTransport.Request(HttpMethod.Get, $"/api/webchat/{session.ConversationId}/activities?after=0", session.Token));
        using var form = new MultipartFormDataContent { { new ByteArrayContent("%PDF-1.4"u8.ToArray()), "file", "a.pdf" } };
        using var upload = await _host.Client.SendAsync(WebChatTransport.Request(HttpMethod.Post, $"/api/webchat/{session.ConversationId}/files", session.Token, form));
        return [turn.StatusCode, feed.StatusCode, upload.StatusCode];
    }

    private async Task<int> TurnsAsync(string conversationId)
    {
        await using var db = _host.Database.NewContext();
        return await db.InboundActivities.CountAsync(a => a.ActivityId.StartsWith(conversationId + ":"));
    }

    private async Task AssertNothingStoredAsync(string conversationId)
    {
        await using var db = _host.Database.NewContext();
        Assert.False(await db.Conversations.AnyAsync(c => c.ConversationId == conversationId));
        Assert.Equal(0, await TurnsAsync(conversationId));
    }
}
