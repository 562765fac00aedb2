using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LatsarBot.Testing.FakeTelegram;

/// <summary>
/// A Bot API server on loopback HTTP for the real Telegram.Bot client (through its base-URL option):
/// the methods LatsarBot uses, Telegram's JSON and error shapes, flood limits answered with 429, and a
/// record of every call. Updates are queued for getUpdates or pushed to the registered webhook.
/// </summary>
public sealed class FakeBotApiServer : IAsyncDisposable
{
    public const string Token = "123456789:TEST-token_for-the-fake";

    private readonly WebApplication _app;
    private readonly FakeUpdateQueue _updates = new();
    private readonly ConcurrentQueue<FakeBotApiRequest> _received = new();
    private readonly ConcurrentQueue<FakeBotApiRequest> _delivered = new();
    private readonly ConcurrentDictionary<long, FakeBucket> _chats = new();
    private readonly ConcurrentDictionary<long, (int Code, string Description)> _failingChats = new();
    private readonly ConcurrentDictionary<long, int> _floodedChats = new();
    private readonly HttpClient _webhookClient = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly ConcurrentDictionary<string, byte[]> _files = new();
    private readonly FakeBucket _global;
    private long _nextMessageId = 1000;

    private FakeBotApiServer(WebApplication app, FakeBotApiLimits limits)
    {
        _app = app;
        Limits = limits;
        _global = new FakeBucket(limits.GlobalPerSecond, limits.GlobalBurst);
    }

    public string BaseUrl { get; private set; } = "";

    public FakeBotApiLimits Limits { get; }

    public string? WebhookUrl { get; private set; }

    public string? WebhookSecret { get; private set; }

    /// <summary>Where pushed updates go instead of the registered URL's host (the test host's random port).</summary>
    public Uri? WebhookTarget { get; set; }

    public IReadOnlyList<FakeBotApiRequest> Received => _received.ToList();

    public IReadOnlyList<FakeBotApiRequest> Sent => _received.Where(r => r.IsSend).ToList();

    /// <summary>The sends the fake accepted (answered 200), in order: what a person would see.</summary>
    public IReadOnlyList<FakeBotApiRequest> Delivered => _delivered.ToList();

    public int DeliveredCount => _delivered.Count;

    public int TooManyRequests;

    public static async Task<FakeBotApiServer> StartAsync(FakeBotApiLimits? limits = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        var server = new FakeBotApiServer(app, limits ?? new FakeBotApiLimits());
        app.MapPost("/bot{token}/{method}", server.HandleAsync);
        app.MapGet("/bot{token}/{method}", server.HandleAsync);
        app.MapGet("/file/bot{token}/{**path}", (string token, string path) =>
            token == Token && server._files.TryGetValue(path, out var bytes) ? Results.Bytes(bytes, "application/octet-stream") : Results.NotFound());
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = address;
        return server;
    }

    /// <summary>Delivers an update as Telegram would: to the webhook when one is set (returns its status), else to getUpdates.</summary>
    public async Task<int?> PushAsync(JsonObject update, CancellationToken cancellationToken = default)
    {
        if (WebhookUrl is null)
        {
            _updates.Enqueue(update);
            return null;
        }

        return (int)(await PostToWebhookAsync(update.ToJsonString(), WebhookSecret, cancellationToken)).StatusCode;
    }

    public async Task<HttpResponseMessage> PostToWebhookAsync(string body, string? secret, CancellationToken cancellationToken = default)
    {
        var url = new Uri(WebhookUrl ?? throw new InvalidOperationException("No webhook is set."));
        var target = WebhookTarget is null ? url : new Uri(WebhookTarget, url.PathAndQuery);
        using var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (secret is not null)
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        }

        return await _webhookClient.SendAsync(request, cancellationToken);
    }

    /// <summary>A file a user sent: getFile answers for <paramref name="fileId"/>, and its path serves the bytes.</summary>
    public void AddFile(string fileId, byte[] bytes) => _files[PathOf(fileId)] = bytes;

    private static string PathOf(string fileId) => $"documents/{fileId}";

    /// <summary>Every send to this chat fails from now on (403 blocked, 400 chat not found).</summary>
    public void FailChat(long chatId, int code, string description) => _failingChats[chatId] = (code, description);

    /// <summary>The next send to this chat is answered 429 with <paramref name="retryAfter"/> seconds, whatever the buckets say.</summary>
    public void FloodOnce(long chatId, int retryAfter) => _floodedChats[chatId] = retryAfter;

    /// <summary>Waits until the calls received satisfy <paramref name="done"/>; the timeout only stops a hang.</summary>
    public async Task<IReadOnlyList<FakeBotApiRequest>> WaitAsync(Func<IReadOnlyList<FakeBotApiRequest>, bool> done, TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        while (!done(Received))
        {
            try
            {
                await _arrived.WaitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"The fake Bot API never saw the expected calls; it saw: {string.Join(", ", Received.Select(r => r.Method))}");
            }
        }

        return Received;
    }

    private async Task<IResult> HandleAsync(string token, string method, HttpRequest request, CancellationToken cancellationToken)
    {
        if (token != Token)
        {
            return Results.Json(FakeBotApiResponses.Error(401, "Unauthorized"), statusCode: 401);
        }

        var body = await FakeBotApiBody.ReadAsync(request, cancellationToken);
        var received = new FakeBotApiRequest(method, body);
        var (status, json) = method == "getUpdates" ? (200, FakeBotApiResponses.Ok(await _updates.TakeAsync(body, cancellationToken))) : Answer(method, body);
        if (status == 200 && json["result"] is JsonObject { } result && result["message_id"] is JsonValue messageId)
        {
            received = received with { MessageId = messageId.GetValue<long>() };
        }
        if (status == 200 && received.IsSend)
        {
            _delivered.Enqueue(received);
        }

        // Recorded once answered, so a test that sees a send also sees whether it was accepted.
        _received.Enqueue(received);
        _arrived.Release();
        return Results.Json(json, statusCode: status);
    }

    private (int, JsonObject) Answer(string method, JsonObject body)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var chatId = new FakeBotApiRequest(method, body).ChatId;
        if (method.StartsWith("send", StringComparison.Ordinal) && chatId is { } chat)
        {
            if (_failingChats.TryGetValue(chat, out var failure))
            {
                return (failure.Code, FakeBotApiResponses.Error(failure.Code, failure.Description));
            }

            if (_floodedChats.TryRemove(chat, out var retryAfter))
            {
                Interlocked.Increment(ref TooManyRequests);
                return (429, FakeBotApiResponses.Error(429, $"Too Many Requests: retry after {retryAfter}", retryAfter));
            }

            var wait = Math.Max(_chats.GetOrAdd(chat, c => c < 0 ? new FakeBucket(20.0 / 60, 20) : new FakeBucket(Limits.PerChatPerSecond, Limits.PerChatBurst)).TryTake(),
                _global.TryTake());
            if (wait > 0)
            {
                Interlocked.Increment(ref TooManyRequests);
                return (429, FakeBotApiResponses.Error(429, $"Too Many Requests: retry after {wait}", wait));
            }
        }

        var id = Interlocked.Increment(ref _nextMessageId);
        JsonNode? result = method switch
        {
            "getMe" => new JsonObject { ["id"] = 123456789, ["is_bot"] = true, ["first_name"] = "LatsarBot", ["username"] = "LatsarFakeBot" },
            "setWebhook" => Set(body),
            "deleteWebhook" => Set(null),
            "answerCallbackQuery" => true,
            "sendMessage" or "editMessageText" => InTopic(FakeBotApiResponses.Message(id, chatId ?? 0, body["text"]?.ToString(), now), body),
            "sendPhoto" or "sendDocument" or "sendVideo" or "sendAudio" => FakeBotApiResponses.Message(id, chatId ?? 0, null, now),
            "sendPoll" => WithPoll(FakeBotApiResponses.Message(id, chatId ?? 0, null, now), $"poll-{id}", body),
            "getFile" => _files.TryGetValue(PathOf(body["file_id"]?.ToString() ?? ""), out var file)
                ? new JsonObject { ["file_id"] = body["file_id"]?.ToString(), ["file_unique_id"] = "u" + file.Length, ["file_size"] = file.Length, ["file_path"] = PathOf(body["file_id"]!.ToString()) }
                : null,
            "createForumTopic" when chatId is not > 0 => new JsonObject { ["message_thread_id"] = id, ["name"] = body["name"]?.ToString(), ["icon_color"] = 7322096 },
            _ => null,
        };
        return result is null
            ? method == "getFile" ? (400, FakeBotApiResponses.Error(400, "Bad Request: invalid file_id")) : (404, FakeBotApiResponses.Error(404, "Not Found"))
            : (200, FakeBotApiResponses.Ok(result));
    }

    private bool Set(JsonObject? webhook)
    {
        WebhookUrl = webhook?["url"]?.ToString() is { Length: > 0 } url ? url : null;
        WebhookSecret = webhook?["secret_token"]?.ToString();
        return true;
    }

    /// <summary>A message sent into a forum topic comes back marked as one, as Telegram does.</summary>
    private static JsonObject InTopic(JsonObject message, JsonObject body)
    {
        if (body["message_thread_id"] is JsonValue topic)
        {
            message["message_thread_id"] = topic.DeepClone();
            message["is_topic_message"] = true;
        }

        return message;
    }

    private static JsonObject WithPoll(JsonObject message, string pollId, JsonObject body)
    {
        message["poll"] = FakeBotApiResponses.Poll(pollId, body);
        return message;
    }

    public async ValueTask DisposeAsync()
    {
        _updates.Dispose();
        _webhookClient.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
