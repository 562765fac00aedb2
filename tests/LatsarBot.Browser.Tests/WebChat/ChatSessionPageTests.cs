using System.Collections.Concurrent;
using LatsarBot.Browser.Tests.Support;
using LatsarBot.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LatsarBot.Browser.Tests.WebChat;

/// <summary>The chat page takes its conversation from the server and sends the session token with every call.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class ChatSessionPageTests(Chromium chromium)
{
    [Fact]
    public async Task Page_UsesTheServerIssuedConversationAndSendsItsTokenOnEveryCall()
    {
        await using var host = await TestHost.StartAsync();
        var calls = new ConcurrentQueue<(string Url, string? Token)>();
        await using var chat = await ChatPage.OpenAsync(chromium, host.BaseAddress);
        chat.Page.Request += (_, request) =>
        {
            if (request.Url.Contains("/api/webchat/", StringComparison.Ordinal) && !request.Url.EndsWith("/sessions", StringComparison.Ordinal))
            {
                calls.Enqueue((request.Url, request.Headers.GetValueOrDefault("x-webchat-token")));
            }
        };

        await chat.LogInAsDemoAsync();

        var conversationId = await chat.ConversationIdAsync();
        var token = await chat.Page.EvaluateAsync<string>("() => JSON.parse(localStorage.getItem('latsarbot.webchat.v1')).token");
        Assert.Equal(32, conversationId.Length);
        Assert.NotEmpty(calls);
        Assert.All(calls, c => Assert.Equal((true, token), (c.Url.Contains($"/api/webchat/{conversationId}/", StringComparison.Ordinal), c.Token)));
    }

    [Fact]
    public async Task Reload_WithALapsedToken_StartsANewConversationThatWorks()
    {
        await using var host = await TestHost.StartAsync();
        await using var chat = await ChatPage.OpenAsync(chromium, host.BaseAddress);
        await Expect(chat.Choice("Bahasa Indonesia")).ToBeVisibleAsync();
        var before = await chat.ConversationIdAsync();
        await chat.Page.EvaluateAsync(
            "() => { const s = JSON.parse(localStorage.getItem('latsarbot.webchat.v1')); s.token = 'not-a-token'; s.issuedAt = 0; s.expiresAt = '2000-01-01T00:00:00Z'; localStorage.setItem('latsarbot.webchat.v1', JSON.stringify(s)); }");

        await chat.Page.ReloadAsync();
        await chat.LogInAsDemoAsync();

        Assert.NotEqual(before, await chat.ConversationIdAsync());
    }
}
