using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using System.Text;
using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Messages;
using LatsarBot.Bot.Storage;
using LatsarBot.Channels.WebChat;
using LatsarBot.Data.Outbox;
using LatsarBot.Dialogs;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Tests.WebChat;

public sealed class WebChatApiTests : IAsyncLifetime
{
    private readonly Dictionary<string, WebChatSession> _sessions = [];
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await TestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private MessageCatalog Messages => _host.Services.GetRequiredService<MessageCatalog>();

    [Fact]
    public async Task Onboarding_OverHttp_DemoParticipantReachesTheMenu()
    {
        var flow = await WebChatTransport.FlowAsync(_host, Messages);

        await flow.SendAsync("/start");
        flow.AssertReply(Msg.Welcome);
        flow.AssertReply(Msg.LanguageAsk);
        await flow.PressAsync("id");
        flow.AssertReply(Msg.LanguageChanged);
        flow.AssertReply(Msg.NipAsk);
        await flow.SendAsync(DemoPeople.Nip);
        flow.AssertReply(Msg.CodeAsk);
        await flow.SendAsync("123456");
        flow.AssertReply(Msg.Bound, ("name", "Andi Pratama"));
        flow.AssertReply(r => Assert.Contains(DemoPeople.Nip, r.Text));
        await flow.PressAsync("ok");
        flow.AssertReply(Msg.Done, ("name", "Andi Pratama"));
        flow.AssertReply(Msg.MenuTitle);
        flow.AssertNoReply();
    }

    [Theory]
    [InlineData("{\"from\":\"u1\",", "malformed_json")]
    [InlineData("[1,2]", "malformed_json")]
    [InlineData("null", "malformed_json")]
    [InlineData("{\"text\":\"hai\"}", "invalid_activity")]
    [InlineData("{\"from\":\"u1\"}", "invalid_activity")]
    [InlineData("{\"from\":\"u1\",\"value\":{\"a\":1}}", "invalid_activity")]
    [InlineData("{\"from\":\"u1\",\"text\":\"hai\",\"type\":\"dance\"}", "invalid_activity")]
    public async Task Post_BadBody_400WithJsonErrorAndHostKeepsServing(string body, string error)
    {
        var session = await SessionAsync("c1");
        using var response = await _host.Client.SendAsync(WebChatTransport.Request(HttpMethod.Post, $"/api/webchat/{session.ConversationId}/activities",
            session.Token, new StringContent(body, Encoding.UTF8, "application/json")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<WebChatError>();
        Assert.Equal(error, problem!.Error);
        Assert.False(string.IsNullOrWhiteSpace(problem.Detail));
        using var health = await _host.Client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task Post_TextOver4096Characters_400()
    {
        using var response = await WebChatTransport.PostJsonAsync(_host.Client, await SessionAsync("c1"), "activities", new { from = "u1", text = new string('a', 4097) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("4096", (await response.Content.ReadFromJsonAsync<WebChatError>())!.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_TextOf4096Characters_Accepted()
    {
        using var response = await WebChatTransport.PostJsonAsync(_host.Client, await SessionAsync("c1"), "activities", new { from = "u1", text = new string('a', 4096) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_UnsafeConversationIdWithoutToken_401()
    {
        using var response = await _host.Client.PostAsJsonAsync("/api/webchat/a%20b%3Cc/activities", new { from = "u1", text = "hai" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_SameIdTwice_SameRepliesAndOneStateChange()
    {
        await PostAsync("c1", new { id = "1", from = "u1", text = "/start" });

        var first = await PostAsync("c1", new { id = "2", from = "u1", value = "en" });
        var stateAfterFirst = await StateJsonAsync("c1");
        var second = await PostAsync("c1", new { id = "2", from = "u1", value = "en" });

        Assert.False(first.Replayed);
        Assert.True(second.Replayed);
        Assert.Equal(first.Replies.Select(r => (r.Sequence, r.Text)), second.Replies.Select(r => (r.Sequence, r.Text)));
        Assert.Equal(stateAfterFirst, await StateJsonAsync("c1"));
        await using var db = _host.Database.NewContext();
        Assert.Equal(2, await db.InboundActivities.CountAsync());
    }

    [Fact]
    public async Task Post_SameClientIdInTwoConversations_BothRun()
    {
        var a = await PostAsync("c1", new { id = "1", from = "u1", text = "/start" });
        var b = await PostAsync("c2", new { id = "1", from = "u2", text = "/start" });

        Assert.False(a.Replayed);
        Assert.False(b.Replayed);
    }

    [Fact]
    public async Task Post_TwentyConcurrentIntoOneConversation_AllAnsweredInOrderNoneLost()
    {
        await PostAsync("c1", new { id = "0", from = "u1", text = "/start" });

        var posts = Enumerable.Range(1, 20).Select(i => PostAsync("c1", new { id = $"m{i}", from = "u1", text = "/bantuan" })).ToList();
        var responses = await Task.WhenAll(posts);
        var c1 = (await SessionAsync("c1")).ConversationId + ":0";

        Assert.All(responses, r => Assert.False(r.Replayed));
        var sequences = responses.SelectMany(r => r.Replies).Select(r => r.Sequence).Order().ToList();
        Assert.Equal(Enumerable.Range(3, sequences.Count).Select(i => (long)i), sequences);
        await using var db = _host.Database.NewContext();
        var arrival = await db.InboundActivities.Where(a => a.ActivityId != c1).OrderBy(a => a.Id).Select(a => a.ActivityId).ToListAsync();
        Assert.Equal(20, arrival.Count);

        // Turns committed one at a time: each turn's replies are contiguous and follow the previous turn's.
        var byTurn = responses.Select(r => r.Replies.Select(x => x.Sequence).ToList()).OrderBy(s => s[0]).ToList();
        Assert.All(byTurn.Zip(byTurn.Skip(1)), pair => Assert.Equal(pair.First[^1] + 1, pair.Second[0]));
    }

    [Fact]
    public async Task Get_AfterSequence_ReturnsLaterProactiveMessages()
    {
        var turn = await PostAsync("c1", new { id = "1", from = "u1", text = "/start" });
        var last = turn.Replies[^1].Sequence;
        await AddProactiveAsync("c1", "Pengingat: post test ditutup besok.");

        var feed = await WebChatTransport.FeedAsync(_host.Client, await SessionAsync("c1"), last);

        var message = Assert.Single(feed.Messages);
        Assert.True(message.Proactive);
        Assert.Equal("Pengingat: post test ditutup besok.", message.Text);
        Assert.Equal(last + 1, feed.Last);
    }

    [Fact]
    public async Task Healthz_Running_ReportsDatabaseAndDispatcher()
    {
        var health = await _host.Client.GetFromJsonAsync<JsonElement>("/healthz");

        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal("ok", health.GetProperty("database").GetString());
        Assert.True(health.GetProperty("dispatcher").GetProperty("running").GetBoolean());
    }

    [Fact]
    public async Task Dispatcher_AfterATurn_MarksWebChatRepliesDelivered()
    {
        await PostAsync("c1", new { id = "1", from = "u1", text = "/start" });

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (await PendingAsync() > 0)
        {
            await Task.Delay(50, timeout.Token);
        }

        await using var db = _host.Database.NewContext();
        Assert.All(await db.Outbox.ToListAsync(), o => Assert.Equal(OutboxStatus.Sent, o.Status));
    }

    private async Task<int> PendingAsync()
    {
        await using var db = _host.Database.NewContext();
        return await db.Outbox.CountAsync(o => o.Status == OutboxStatus.Pending);
    }

    /// <summary>The session standing for a conversation the test names ("c1"), started on first use.</summary>
    private async Task<WebChatSession> SessionAsync(string name)
    {
        if (!_sessions.TryGetValue(name, out var session))
        {
            session = _sessions[name] = await WebChatTransport.StartSessionAsync(_host.Client);
        }

        return session;
    }

    private async Task<WebChatTurnResponse> PostAsync(string conversation, object body)
    {
        using var response = await WebChatTransport.PostJsonAsync(_host.Client, await SessionAsync(conversation), "activities", body);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<WebChatTurnResponse>())!;
    }

    private async Task<string> StateJsonAsync(string name)
    {
        var conversation = (await SessionAsync(name)).ConversationId;
        await using var db = _host.Database.NewContext();
        return await db.Conversations.Where(c => c.ConversationId == conversation).Select(c => c.StateJson).SingleAsync();
    }

    private async Task AddProactiveAsync(string name, string text)
    {
        var conversation = (await SessionAsync(name)).ConversationId;
        await using var db = _host.Database.NewContext();
        var record = await db.Conversations.SingleAsync(c => c.Channel == WebChatMapper.Channel && c.ConversationId == conversation);
        var now = DateTimeOffset.UtcNow;
        db.Outbox.Add(new OutboxMessage
        {
            Channel = WebChatMapper.Channel,
            ConversationId = conversation,
            Sequence = record.NextSequence++,
            Kind = OutboxKind.Proactive,
            PayloadJson = JsonSerializer.Serialize(new Reply(text), StateJson.Options),
            Status = OutboxStatus.Pending,
            CreatedAt = now,
            NotBefore = now,
        });
        record.Version++;
        await db.SaveChangesAsync();
    }
}
