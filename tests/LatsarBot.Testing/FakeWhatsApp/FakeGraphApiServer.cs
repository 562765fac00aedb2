using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using LatsarBot.Channels.WhatsApp;
using LatsarBot.Testing.FakeTelegram;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LatsarBot.Testing.FakeWhatsApp;

/// <summary>
/// The WhatsApp Cloud API on loopback HTTP for the real adapter (through its Graph base URL): POST
/// /{phone-number-id}/messages with Meta's limits on message shapes, the 24-hour rule (131047 for a free-form message
/// to someone who has not written within a day, on the clock it is given), templates checked against the registered
/// ones, the throughput and pair rates (130429, 131056), media upload (POST /{phone-number-id}/media), GET /{media-id}
/// and the media download, all behind the bearer token and answering in the Graph error shape. It also plays Meta's
/// side of the webhook: bodies are signed with the app secret and POSTed to the host, and every accepted message's
/// statuses follow asynchronously (sent → delivered → read, or sent → failed), as Meta sends them.
/// </summary>
public sealed class FakeGraphApiServer : IAsyncDisposable
{
    public const string AccessToken = "fake-access-token";
    public const string AppSecret = "fake-app-secret";
    public const string VerifyToken = "fake-verify-token";
    public const string PhoneNumberId = "106540352242922";
    public const string Version = "v25.0";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<FakeGraphRequest> _received = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> _lastInbound = new();
    private readonly ConcurrentDictionary<string, FakeBucket> _recipients = new();
    private readonly ConcurrentDictionary<string, (byte[] Bytes, string MimeType)> _media = new();
    private readonly ConcurrentDictionary<string, int> _failing = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly HttpClient _webhookClient = new();
    private readonly WhatsAppSignature _signature = new(AppSecret);
    private readonly FakeBucket _number;
    private readonly TimeProvider _clock;
    private readonly FakeTemplateRegistry _templates = new();
    private readonly FakeStatusPusher _statuses;
    private long _nextWamid;
    private long _nextMedia;

    private FakeGraphApiServer(WebApplication app, FakeGraphLimits limits, TimeProvider clock)
    {
        _app = app;
        Limits = limits;
        _clock = clock;
        _number = new FakeBucket(limits.PerNumberPerSecond, limits.PerNumberBurst);
        _statuses = new FakeStatusPusher(body => PushSignedAsync(body));
    }

    /// <summary>Templates the business has had approved; a template message naming another is refused (132001).</summary>
    public FakeTemplateRegistry Templates => _templates;

    /// <summary>The status callbacks pushed to the host so far, and those the host did not answer 200.</summary>
    public FakeStatusPusher Statuses => _statuses;

    /// <summary>Files uploaded through POST /{phone-number-id}/media: id → (bytes, MIME type, file name).</summary>
    public IReadOnlyDictionary<string, (byte[] Bytes, string MimeType, string? FileName)> Uploads => _uploads;

    private readonly ConcurrentDictionary<string, (byte[] Bytes, string MimeType, string? FileName)> _uploads = new();
    private readonly ConcurrentDictionary<string, int> _failAfterAccept = new();

    /// <summary>The Graph base URL the adapter is configured with (…/v25.0).</summary>
    public string BaseUrl { get; private set; } = "";

    public FakeGraphLimits Limits { get; }

    /// <summary>The host whose /api/whatsapp receives the webhook.</summary>
    public Uri? WebhookTarget { get; set; }

    public IReadOnlyList<FakeGraphRequest> Received => _received.ToList();

    /// <summary>The messages the fake accepted, in order: what people would see.</summary>
    public IReadOnlyList<FakeGraphRequest> Delivered => _received.Where(r => r.Accepted).ToList();

    /// <summary>Seconds from the first accepted message to the last.</summary>
    public double AcceptedSeconds => _accepted.Count < 2 ? 0 : (_accepted.Max() - _accepted.Min()).TotalSeconds;

    private readonly ConcurrentBag<DateTime> _accepted = [];

    public int Throttled => _received.Count(r => r.ErrorCode is WhatsAppErrors.Throughput or WhatsAppErrors.PairRate);

    public static async Task<FakeGraphApiServer> StartAsync(FakeGraphLimits? limits = null, TimeProvider? clock = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        var server = new FakeGraphApiServer(app, limits ?? new FakeGraphLimits(), clock ?? TimeProvider.System);
        app.MapPost($"/{Version}/{{phoneNumberId}}/messages", server.MessagesAsync);
        app.MapPost($"/{Version}/{{phoneNumberId}}/media", server.UploadAsync);
        app.MapGet($"/{Version}/{{mediaId}}", server.MediaInfo);
        app.MapGet("/media-download/{mediaId}", server.MediaDownload);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = $"{address}/{Version}";
        return server;
    }

    /// <summary>Signs a body as Meta does and POSTs it to the host's webhook; a message in it opens its sender's 24-hour window.</summary>
    public async Task<HttpResponseMessage> PushAsync(JsonObject body, CancellationToken cancellationToken = default)
    {
        foreach (var from in FakeWebhooks.Senders(body))
        {
            _lastInbound[from] = _clock.GetUtcNow();
        }

        return await PushSignedAsync(body, cancellationToken);
    }

    private async Task<HttpResponseMessage> PushSignedAsync(JsonObject body, CancellationToken cancellationToken = default)
    {
        var bytes = Encoding.UTF8.GetBytes(body.ToJsonString());
        return await PostRawAsync(bytes, _signature.Sign(bytes), cancellationToken);
    }

    /// <summary>Any bytes with any signature header (null: none), for the authentication and robustness tests.</summary>
    public async Task<HttpResponseMessage> PostRawAsync(byte[] body, string? signature, CancellationToken cancellationToken = default)
    {
        var target = new Uri(WebhookTarget ?? throw new InvalidOperationException("No webhook target."), WhatsAppChannel.WebhookPath);
        using var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        if (signature is not null)
        {
            request.Headers.Add(WhatsAppChannel.SignatureHeader, signature);
        }

        return await _webhookClient.SendAsync(request, cancellationToken);
    }

    public string Sign(byte[] body) => _signature.Sign(body);

    /// <summary>A file a user sent: GET /{mediaId} names its URL, and the URL serves the bytes.</summary>
    public void AddMedia(string mediaId, byte[] bytes, string mimeType) => _media[mediaId] = (bytes, mimeType);

    /// <summary>The recipient last wrote more than 24 hours ago: free-form messages to them fail with 131047.</summary>
    public void CloseWindow(string waId) => _lastInbound[waId] = _clock.GetUtcNow().AddHours(-25);

    /// <summary>The recipient wrote just now (as a message through <see cref="PushAsync"/> would say): their window is open.</summary>
    public void OpenWindow(string waId) => _lastInbound[waId] = _clock.GetUtcNow();

    /// <summary>Messages to this recipient are accepted, then fail in their status callback with <paramref name="code"/> (e.g. 131026).</summary>
    public void FailAfterAccept(string waId, int code) => _failAfterAccept[waId] = code;

    /// <summary>Every send to this recipient fails with <paramref name="code"/> from now on (131026: not on WhatsApp).</summary>
    public void Fail(string waId, int code) => _failing[waId] = code;

    /// <summary>Waits until the requests received satisfy <paramref name="done"/>; the timeout only stops a hang.</summary>
    public async Task<IReadOnlyList<FakeGraphRequest>> WaitAsync(Func<IReadOnlyList<FakeGraphRequest>, bool> done, TimeSpan? timeout = null)
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
                throw new TimeoutException("The fake Graph API never saw the expected messages; it saw: "
                    + string.Join(" | ", Received.Select(r => $"{r.Status} {r.Type} {r.Text}")));
            }
        }

        return Received;
    }

    private async Task<IResult> MessagesAsync(string phoneNumberId, HttpRequest request, CancellationToken cancellationToken)
    {
        if (!Authorized(request))
        {
            return Results.Json(FakeGraphErrors.Error(190, "Invalid OAuth access token - Cannot parse access token"), statusCode: 401);
        }

        var body = await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken) as JsonObject ?? [];
        var (status, code, json) = Answer(phoneNumberId, body);
        var wamid = json["messages"]?[0]?["id"]?.ToString();
        _received.Enqueue(new FakeGraphRequest(body, status, code, wamid));
        _arrived.Release();
        if (wamid is not null)
        {
            _accepted.Add(DateTime.UtcNow);
        }

        if (wamid is not null && WebhookTarget is not null)
        {
            // After the answer, as Meta does: the callbacks may still reach the host before it has written the wamid down.
            _statuses.Enqueue(wamid, body["to"]!.ToString(), _failAfterAccept.TryGetValue(body["to"]!.ToString(), out var late) ? late : null);
        }

        return Results.Json(json, statusCode: status);
    }

    private (int Status, int? Code, JsonObject Json) Answer(string phoneNumberId, JsonObject body)
    {
        if (phoneNumberId != PhoneNumberId)
        {
            return (400, 100, FakeGraphErrors.Error(100, "Unsupported post request. Object with ID does not exist", subcode: 33));
        }

        if (FakeGraphValidation.Problem(body) is { } problem)
        {
            return (400, 131009, FakeGraphErrors.InvalidParameter(problem));
        }

        var to = body["to"]!.ToString();
        if (_failing.TryGetValue(to, out var failure))
        {
            return (400, failure, FakeGraphErrors.Error(failure, $"(#{failure}) Message undeliverable", "failing on purpose"));
        }

        if (body["type"]?.ToString() == "template" && _templates.Problem(body["template"] as JsonObject) is { } template)
        {
            return (400, template.Code, FakeGraphErrors.Error(template.Code, template.Message, template.Details));
        }

        if (MediaId(body) is { } mediaId && !_uploads.ContainsKey(mediaId) && !_media.ContainsKey(mediaId))
        {
            return (400, WhatsAppErrors.MediaUpload, FakeGraphErrors.Error(WhatsAppErrors.MediaUpload, "(#131053) Media upload error", $"Media id {mediaId} is not known."));
        }

        if (body["type"]?.ToString() != "template" && (!_lastInbound.TryGetValue(to, out var last) || _clock.GetUtcNow() - last > TimeSpan.FromHours(24)))
        {
            return (400, WhatsAppErrors.ReEngagement, FakeGraphErrors.Error(WhatsAppErrors.ReEngagement, "(#131047) Re-engagement message",
                "More than 24 hours have passed since the recipient last replied to the sender number."));
        }

        if (_number.TryTake() > 0)
        {
            return (400, WhatsAppErrors.Throughput, FakeGraphErrors.Error(WhatsAppErrors.Throughput, "(#130429) Rate limit hit", "Cloud API message throughput has been reached."));
        }

        if (_recipients.GetOrAdd(to, _ => new FakeBucket(Limits.PerRecipientPerSecond, Limits.PerRecipientBurst)).TryTake() > 0)
        {
            return (400, WhatsAppErrors.PairRate, FakeGraphErrors.Error(WhatsAppErrors.PairRate, "(#131056) (Business Account, Consumer Account) pair rate limit hit",
                "Message failed to send because there were too many messages sent from this phone number to the same phone number in a short period of time."));
        }

        var wamid = $"wamid.FAKE{Interlocked.Increment(ref _nextWamid):D12}";
        return (200, null, new JsonObject
        {
            ["messaging_product"] = "whatsapp",
            ["contacts"] = new JsonArray(new JsonObject { ["input"] = to, ["wa_id"] = to }),
            ["messages"] = new JsonArray(new JsonObject { ["id"] = wamid }),
        });
    }

    private static string? MediaId(JsonObject body) =>
        body["type"]?.ToString() is "image" or "video" or "audio" or "document" ? body[body["type"]!.ToString()]?["id"]?.ToString() : null;

    /// <summary>POST /{phone-number-id}/media: multipart with messaging_product, type and the file; answers the media id.</summary>
    private async Task<IResult> UploadAsync(string phoneNumberId, HttpRequest request, CancellationToken cancellationToken)
    {
        if (!Authorized(request))
        {
            return Results.Json(FakeGraphErrors.Error(190, "Invalid OAuth access token"), statusCode: 401);
        }

        if (phoneNumberId != PhoneNumberId || !request.HasFormContentType)
        {
            return Results.Json(FakeGraphErrors.Error(100, "Invalid parameter", "a multipart form is required"), statusCode: 400);
        }

        var form = await request.ReadFormAsync(cancellationToken);
        if (form["messaging_product"] != "whatsapp" || form.Files.GetFile("file") is not { Length: > 0 } file || string.IsNullOrEmpty(form["type"]))
        {
            return Results.Json(FakeGraphErrors.Error(100, "Invalid parameter", "messaging_product, type and file are required"), statusCode: 400);
        }

        using var bytes = new MemoryStream();
        await file.CopyToAsync(bytes, cancellationToken);
        var id = $"{Interlocked.Increment(ref _nextMedia) + 900000000000000:D}";
        _uploads[id] = (bytes.ToArray(), form["type"].ToString(), file.FileName);
        return Results.Json(new JsonObject { ["id"] = id });
    }

    private IResult MediaInfo(string mediaId, HttpRequest request)
    {
        if (!Authorized(request))
        {
            return Results.Json(FakeGraphErrors.Error(190, "Invalid OAuth access token"), statusCode: 401);
        }

        return _media.TryGetValue(mediaId, out var media)
            ? Results.Json(new JsonObject
            {
                ["messaging_product"] = "whatsapp",
                ["url"] = $"{BaseUrl[..BaseUrl.LastIndexOf('/')]}/media-download/{Uri.EscapeDataString(mediaId)}",
                ["mime_type"] = media.MimeType,
                ["sha256"] = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(media.Bytes)),
                ["file_size"] = media.Bytes.Length,
                ["id"] = mediaId,
            })
            : Results.Json(FakeGraphErrors.Error(100, $"Unsupported get request. Object with ID '{mediaId}' does not exist", subcode: 33), statusCode: 400);
    }

    /// <summary>The media URL answers only with the bearer token, as lookaside.fbsbx.com does.</summary>
    private IResult MediaDownload(string mediaId, HttpRequest request) =>
        !Authorized(request) ? Results.StatusCode(401)
        : _media.TryGetValue(mediaId, out var media) ? Results.Bytes(media.Bytes, media.MimeType)
        : Results.NotFound();

    private static bool Authorized(HttpRequest request) => request.Headers.Authorization.ToString() == $"Bearer {AccessToken}";

    public async ValueTask DisposeAsync()
    {
        await _statuses.DisposeAsync();
        _webhookClient.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
