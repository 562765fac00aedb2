using System.Net.Http.Json;
using LatsarBot.Bot.Messages;
using LatsarBot.Channels.WebChat;
using LatsarBot.Data;
using LatsarBot.Data.Outbox;
using LatsarBot.Hosting;
using LatsarBot.Outbox;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Bench;

/// <summary>
/// The real host, built by <see cref="LatsarWebApp"/> exactly as Program.cs builds it, on SQLite in a
/// temp folder, listening on a loopback port; driven through the web chat API like the chat page.
/// </summary>
public sealed class FullPipelineTarget : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _client;
    private readonly string _run = "b" + Guid.NewGuid().ToString("N")[..6];

    // Each scripted conversation starts its session as the page does; the mint is part of the measured load.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Task<WebChatSession>>> _sessions = new();

    private FullPipelineTarget(WebApplication app, HttpClient client, ServerLogCounter log)
    {
        _app = app;
        _client = client;
        Log = log;
    }

    public ServerLogCounter Log { get; }

    public static async Task<FullPipelineTarget> StartAsync(string repoRoot, string folder, int users)
    {
        var log = new ServerLogCounter();
        string[] args =
        [
            "--urls=http://127.0.0.1:0",
            "--Database:Provider=Sqlite",
            $"--Database:ConnectionString=Data Source={Path.Combine(folder, "bench.db")}",
            $"--Content:Path={Path.Combine(repoRoot, "content")}",
            // The demo people log in: the demo seeds only in Development (issue 18), so the bench runs there.
            "--environment=Development",
            "--WebChat:Sessions:AllowClientIds=false",
            "--Demo:Enabled=true",
            // 16 users on one loopback address at hundreds of turns a second: the abuse limits would measure themselves.
            "--RateLimits:Enabled=false",
            "--Logging:LogLevel:Default=Warning",
        ];
        var app = await LatsarWebApp.CreateAsync(args, services => services.AddSingleton<ILoggerProvider>(log));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new FullPipelineTarget(app, Loopback.Client(address, users), log);
    }

    /// <summary>
    /// Plays one round on a fresh conversation and checks each step's first reply, so the figures are
    /// known to measure the dialogs the script names and not, say, a stream of apologies.
    /// </summary>
    public async Task CheckScriptAsync(CancellationToken cancellationToken)
    {
        var messages = _app.Services.GetRequiredService<MessageCatalog>();
        for (var n = 0; n < TurnScript.Steps.Count; n++)
        {
            var step = TurnScript.For(n);
            var (conversation, json) = ChatBody.For(_run + "check", 0, n);
            using var response = await PostAsync(conversation, json, cancellationToken);
            response.EnsureSuccessStatusCode();
            var turn = await response.Content.ReadFromJsonAsync<WebChatTurnResponse>(cancellationToken);
            var first = turn?.Replies.FirstOrDefault()?.Text;
            var expected = TurnScript.ExpectedFirstReply(messages, step);
            if (first != expected)
            {
                throw new InvalidOperationException($"Step '{step.Name}' answered \"{first}\", expected \"{expected}\".");
            }
        }
    }

    /// <summary>One turn; right when answered 200 with at least one reply.</summary>
    public async Task<bool> SendAsync(int user, long n, CancellationToken cancellationToken)
    {
        var (conversation, json) = ChatBody.For(_run, user, n);
        using var response = await PostAsync(conversation, json, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return response.IsSuccessStatusCode && body.Contains("\"replies\":[{", StringComparison.Ordinal);
    }

    /// <summary>Whether the outbox dispatcher kept up: rows it sent, and rows still pending now.</summary>
    public async Task<(long Sent, int Pending)> OutboxAsync(CancellationToken cancellationToken)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LatsarDb>();
        var pending = await db.Outbox.CountAsync(o => o.Status == OutboxStatus.Pending, cancellationToken);
        return (Interlocked.Read(ref _app.Services.GetRequiredService<DispatcherStatus>().Sent), pending);
    }

    private async Task<HttpResponseMessage> PostAsync(string conversation, byte[] json, CancellationToken cancellationToken)
    {
        var session = await _sessions.GetOrAdd(conversation, _ => new Lazy<Task<WebChatSession>>(() => StartSessionAsync(cancellationToken))).Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/webchat/{session.ConversationId}/activities") { Content = Loopback.Json(json) };
        request.Headers.Add(WebChatSessions.TokenHeader, session.Token);
        return await _client.SendAsync(request, cancellationToken);
    }

    private async Task<WebChatSession> StartSessionAsync(CancellationToken cancellationToken)
    {
        using var response = await _client.PostAsync(WebChatSessionEndpoints.Path, null, cancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<WebChatSession>(cancellationToken))!;
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
