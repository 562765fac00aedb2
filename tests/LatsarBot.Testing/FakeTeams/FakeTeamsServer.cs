using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using System.Text.Json.Nodes;
using LatsarBot.Channels.Teams;
using LatsarBot.Testing.FakeTelegram;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LatsarBot.Testing.FakeTeams;

/// <summary>
/// Microsoft's side of a Teams bot on loopback HTTP. As the Bot Connector it signs activities (RS256, issuer
/// api.botframework.com, audience the app id, a serviceurl claim) and POSTs them to the host's messaging endpoint,
/// publishing its keys as OpenID metadata and a JWKS with endorsements; keys can be rotated and tokens broken on
/// purpose. As Entra it issues app tokens by the client-credentials flow. As the connector it takes activities
/// (POST /v3/conversations/{id}/activities[/{replyToId}]), creates personal chats and channel threads (POST
/// /v3/conversations), answers member look-ups, throttles with 429 + Retry-After as rate-limit.md states, answers 403
/// for a conversation whose app was removed and 404 for one it does not know, and records every call.
/// </summary>
public sealed class FakeTeamsServer : IAsyncDisposable
{
    public const string AppId = "00000000-0000-4000-8000-00000000b07a";
    public const string AppPassword = "fake-teams-app-password";
    public const string TenantId = "5f1c7e6a-0000-4000-8000-00000000ad01";
    public const string Issuer = "https://api.botframework.com";

    /// <summary>The bot as Teams addresses it in activities.</summary>
    public const string BotId = "28:" + AppId;

    private readonly WebApplication _app;
    private readonly TimeProvider _clock;
    private readonly HttpClient _client = new();
    private readonly ConcurrentQueue<FakeConnectorRequest> _received = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> _appTokens = new();
    private readonly ConcurrentDictionary<string, byte> _conversations = new();
    private readonly ConcurrentDictionary<string, byte> _removed = new();
    private readonly ConcurrentDictionary<string, FakeTeamsMember> _members = new();
    private readonly ConcurrentDictionary<string, (byte[] Bytes, string ContentType, string TempAuth)> _files = new();
    private readonly ConcurrentDictionary<string, FakeSlidingWindows> _perConversation = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly FakeBucket _perApp;
    private readonly FakeSigningKey _unendorsed = new("fake-unendorsed", "skype");
    private readonly FakeSigningKey _foreign = new("fake-foreign", TeamsChannel.ChannelId);
    private FakeSigningKey _current = new("fake-key-1", TeamsChannel.ChannelId, "webchat");
    private int _keyGeneration = 1;
    private long _next;

    private FakeTeamsServer(WebApplication app, FakeTeamsLimits limits, TimeProvider clock)
    {
        _app = app;
        Limits = limits;
        _clock = clock;
        _perApp = new FakeBucket(limits.PerAppPerSecond, limits.PerAppBurst);
    }

    /// <summary>The fake's base URL: the serviceUrl of its activities, and where the metadata and token endpoint are.</summary>
    public string BaseUrl { get; private set; } = "";

    public string ServiceUrl => BaseUrl + "/";

    public string OpenIdMetadataUrl => BaseUrl + "/v1/.well-known/openidconfiguration";

    public string TokenUrl => $"{BaseUrl}/{TenantId}/oauth2/v2.0/token";

    public FakeTeamsLimits Limits { get; }

    /// <summary>The host whose /api/teams/messages receives the activities.</summary>
    public Uri? MessagingEndpoint { get; set; }

    /// <summary>How often the OpenID metadata was fetched (each fetch of the keys starts there): a rotation must be picked up by fetching again.</summary>
    public int KeyFetches => _keyFetches;

    private int _keyFetches;

    /// <summary>The channel threads created so far, by their conversation ids.</summary>
    public IReadOnlyList<string> CreatedThreads => _threads.ToList();

    private readonly ConcurrentQueue<string> _threads = new();

    /// <summary>App tokens issued so far.</summary>
    public int TokensIssued => _tokensIssued;

    private int _tokensIssued;

    /// <summary>Lifetime of the app tokens it issues (Entra: 3600 s).</summary>
    public int TokenLifetimeSeconds { get; set; } = 3600;

    public IReadOnlyList<FakeConnectorRequest> Received => _received.ToList();

    /// <summary>The activities the connector accepted, in order: what people would see.</summary>
    public IReadOnlyList<FakeConnectorRequest> Delivered => _received.Where(r => r.Accepted && r.IsActivity).ToList();

    public int Throttled => _received.Count(r => r.Status == 429);

    /// <summary>Wall-clock seconds from the first accepted activity to the last (a benchmark's rate).</summary>
    public double AcceptedSeconds => _accepted.Count < 2 ? 0 : (_accepted.Max() - _accepted.Min()).TotalSeconds;

    private readonly ConcurrentQueue<DateTime> _accepted = new();

    /// <summary>A conversation the app was installed in earlier (a benchmark's thousands, without pushing each installation).</summary>
    public void KnowConversation(string conversationId) => _conversations[conversationId] = 0;

    public static async Task<FakeTeamsServer> StartAsync(FakeTeamsLimits? limits = null, TimeProvider? clock = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        var server = new FakeTeamsServer(app, limits ?? new FakeTeamsLimits(), clock ?? TimeProvider.System);
        app.MapGet("/v1/.well-known/openidconfiguration", server.Metadata);
        app.MapGet("/v1/.well-known/keys", server.Keys);
        app.MapPost("/{tenant}/oauth2/v2.0/token", server.TokenAsync);
        app.MapPost("/v3/conversations", server.CreateConversationAsync);
        app.MapPost("/v3/conversations/{conversationId}/activities", (string conversationId, HttpRequest request, CancellationToken ct) =>
            server.ActivityAsync(conversationId, null, request, ct));
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId}", (string conversationId, string replyToId, HttpRequest request, CancellationToken ct) =>
            server.ActivityAsync(conversationId, replyToId, request, ct));
        app.MapGet("/v3/conversations/{conversationId}/members/{userId}", server.Member);
        app.MapGet("/v3/attachments/{id}/views/original", server.Attachment);
        app.MapGet("/personal/_layouts/15/download.aspx", server.Download);
        await app.StartAsync();
        server.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return server;
    }

    /// <summary>A new signing key replaces the published one; tokens are signed with it from now on.</summary>
    public void RotateKeys() => _current = new FakeSigningKey($"fake-key-{Interlocked.Increment(ref _keyGeneration)}", TeamsChannel.ChannelId, "webchat");

    /// <summary>The app was uninstalled (or the person blocked it) in this conversation: sends to it are 403.</summary>
    public void RemoveApp(string conversationId) => _removed[conversationId] = 0;

    /// <summary>After <paramref name="accepted"/> more activities to this conversation are accepted, the next one is answered <paramref name="status"/> once (a connector's bad moment).</summary>
    public void FailOnce(string conversationId, int accepted, int status) => _failOnce[conversationId] = (accepted, status);

    private readonly ConcurrentDictionary<string, (int Accepted, int Status)> _failOnce = new();

    /// <summary>Every app token issued so far stops working (as a revoked secret would): the next call with one is 401.</summary>
    public void RevokeAppTokens() => _appTokens.Clear();

    public void AddMember(FakeTeamsMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        _members[member.Id] = member;
        _members[member.AadObjectId] = member;
    }

    /// <summary>
    /// A file Teams holds: its connector URL (a pasted picture's contentUrl, needs an app token) and the pre-authorised
    /// download URL of a file's download info (OneDrive's tempauth; a bearer token with it is refused, as SharePoint does).
    /// </summary>
    public (string ContentUrl, string DownloadUrl) AddFile(string id, byte[] bytes, string contentType)
    {
        var tempAuth = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        _files[id] = (bytes, contentType, tempAuth);
        return ($"{BaseUrl}/v3/attachments/{id}/views/original", $"{BaseUrl}/personal/_layouts/15/download.aspx?UniqueId={id}&tempauth={tempAuth}");
    }

    /// <summary>How many file downloads were answered, by URL kind ("attachment" or "download") and status.</summary>
    public IReadOnlyList<(string Kind, int Status)> FileRequests => _fileRequests.ToList();

    private readonly ConcurrentQueue<(string Kind, int Status)> _fileRequests = new();

    /// <summary>A token for this serviceUrl as the Bot Connector would sign it, broken as <paramref name="knobs"/> say.</summary>
    public string SignToken(string serviceUrl, FakeTokenKnobs? knobs = null)
    {
        knobs ??= FakeTokenKnobs.Good;
        var key = knobs.UnknownKey ? _foreign : knobs.UnendorsedKey ? _unendorsed : _current;
        var now = _clock.GetUtcNow().UtcDateTime;
        var claims = new Dictionary<string, object>();
        if (knobs.ServiceUrl != "")
        {
            claims["serviceurl"] = knobs.ServiceUrl ?? serviceUrl;
        }

        var expires = now.AddMinutes(knobs.ExpiresInMinutes);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = knobs.Issuer ?? Issuer,
            Audience = knobs.Audience ?? AppId,
            IssuedAt = expires.AddMinutes(-65),
            NotBefore = expires.AddMinutes(-65),
            Expires = expires,
            Claims = claims,
            SigningCredentials = new SigningCredentials(key.Key, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>Signs the activity and POSTs it to the host, as the Bot Connector delivers one; its conversation becomes known.</summary>
    public Task<HttpResponseMessage> PushAsync(JsonObject activity, FakeTokenKnobs? knobs = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity["conversation"]?["id"]?.ToString() is { } conversation)
        {
            _conversations[conversation] = 0;
            _removed.TryRemove(conversation, out _);
        }

        var bytes = Encoding.UTF8.GetBytes(activity.ToJsonString());
        return PostRawAsync(bytes, "Bearer " + SignToken(activity["serviceUrl"]?.ToString() ?? ServiceUrl, knobs), cancellationToken);
    }

    /// <summary>Any bytes with any Authorization header (null: none), for the authentication and robustness tests.</summary>
    public async Task<HttpResponseMessage> PostRawAsync(byte[] body, string? authorization, CancellationToken cancellationToken = default)
    {
        var target = new Uri(MessagingEndpoint ?? throw new InvalidOperationException("No messaging endpoint."), TeamsChannel.MessagesPath);
        using var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await _client.SendAsync(request, cancellationToken);
    }

    /// <summary>Waits until the calls received satisfy <paramref name="done"/>; the timeout only stops a hang.</summary>
    public async Task<IReadOnlyList<FakeConnectorRequest>> WaitAsync(Func<IReadOnlyList<FakeConnectorRequest>, bool> done, TimeSpan? timeout = null)
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
                throw new TimeoutException("The fake connector never saw the expected calls; it saw: "
                    + string.Join(" | ", Received.Select(r => $"{r.Status} {r.Method} {r.Path} {r.Text}")));
            }
        }

        return Received;
    }

    private IResult Metadata()
    {
        Interlocked.Increment(ref _keyFetches);
        return Results.Json(new
        {
            issuer = Issuer,
            authorization_endpoint = BaseUrl + "/v1/.well-known/authorize",
            jwks_uri = BaseUrl + "/v1/.well-known/keys",
            id_token_signing_alg_values_supported = new[] { "RS256" },
            token_endpoint_auth_methods_supported = new[] { "private_key_jwt" },
        });
    }

    private IResult Keys() => Results.Json(new { keys = new[] { _current.Jwk(), _unendorsed.Jwk() } });

    /// <summary>Entra's client-credentials grant: the app id, its secret and the Bot Framework scope, or 400/401 in Entra's error shape.</summary>
    private async Task<IResult> TokenAsync(string tenant, HttpRequest request)
    {
        if (!request.HasFormContentType)
        {
            return Results.Json(new { error = "invalid_request", error_description = "AADSTS900144: The request body must contain the 'grant_type' parameter." }, statusCode: 400);
        }

        var form = await request.ReadFormAsync();
        if (form["grant_type"] != "client_credentials" || form["scope"] != TeamsOptions.DefaultScope)
        {
            return Results.Json(new { error = "invalid_request", error_description = "AADSTS70011: The provided value for the input parameter 'scope' is not valid." }, statusCode: 400);
        }

        if (tenant != TenantId || form["client_id"] != AppId || form["client_secret"] != AppPassword)
        {
            return Results.Json(new { error = "invalid_client", error_description = "AADSTS7000215: Invalid client secret provided." }, statusCode: 401);
        }

        var token = $"fake-app-token-{Interlocked.Increment(ref _next)}";
        _appTokens[token] = _clock.GetUtcNow().AddSeconds(TokenLifetimeSeconds);
        Interlocked.Increment(ref _tokensIssued);
        return Results.Json(new { token_type = "Bearer", expires_in = TokenLifetimeSeconds, ext_expires_in = TokenLifetimeSeconds, access_token = token });
    }

    private bool Authorized(HttpRequest request) =>
        request.Headers.Authorization.ToString() is { } header && header.StartsWith("Bearer ", StringComparison.Ordinal)
        && _appTokens.TryGetValue(header[7..], out var expires) && expires > _clock.GetUtcNow();

    private async Task<IResult> ActivityAsync(string conversationId, string? replyToId, HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await ReadAsync(request, cancellationToken);
        if (!Authorized(request))
        {
            return Unauthorized(new FakeConnectorRequest("POST", request.Path, conversationId, replyToId, body, 401));
        }

        var (status, answer, retryAfter) = AnswerActivity(conversationId, body);
        Record(new FakeConnectorRequest("POST", request.Path, conversationId, replyToId, body, status));
        return Answer(request, status, answer, retryAfter);
    }

    private (int Status, object Answer, int RetryAfter) AnswerActivity(string conversationId, JsonObject body)
    {
        if (body["type"]?.ToString() is not { Length: > 0 })
        {
            return (400, Error("BadArgument", "Activity type is required"), 0);
        }

        if (!_conversations.ContainsKey(conversationId))
        {
            return (404, Error("ConversationNotFound", "Conversation not found."), 0);
        }

        if (_removed.ContainsKey(conversationId))
        {
            return (403, Error("BotNotInConversationRoster", "The bot is not part of the conversation roster."), 0);
        }

        if (Throttle(conversationId) is var wait and > 0)
        {
            return (429, Error("Throttled", "Too many requests"), wait);
        }

        if (_failOnce.TryGetValue(conversationId, out var failure))
        {
            if (failure.Accepted == 0)
            {
                _failOnce.TryRemove(conversationId, out _);
                return (failure.Status, Error("ServiceError", "Upstream error"), 0);
            }

            _failOnce[conversationId] = (failure.Accepted - 1, failure.Status);
        }

        return (201, new { id = $"{_clock.GetUtcNow().ToUnixTimeMilliseconds()}{Interlocked.Increment(ref _next):D4}" }, 0);
    }

    /// <summary>
    /// Only the two shapes Teams accepts: a personal chat ({isGroup:false, members:[one], tenantId}, idempotent) and a
    /// new channel thread ({isGroup:true, activity, channelData.channel.id}); a group chat is 400 BadSyntax.
    /// </summary>
    private async Task<IResult> CreateConversationAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await ReadAsync(request, cancellationToken);
        if (!Authorized(request))
        {
            return Unauthorized(new FakeConnectorRequest("POST", request.Path, null, null, body, 401));
        }

        var (status, answer, retryAfter) = AnswerCreate(body);
        Record(new FakeConnectorRequest("POST", request.Path, null, null, body, status));
        return Answer(request, status, answer, retryAfter);
    }

    private (int Status, object Answer, int RetryAfter) AnswerCreate(JsonObject body)
    {
        var isGroup = body["isGroup"]?.GetValueKind() == System.Text.Json.JsonValueKind.True;
        if (!isGroup)
        {
            if (body["members"] is not JsonArray { Count: 1 } members || members[0]?["id"]?.ToString() is not { Length: > 0 } user
                || !_members.TryGetValue(user, out var member) || body["tenantId"]?.ToString() != member.TenantId || body["bot"]?["id"]?.ToString() != BotId)
            {
                return (400, Error("BadSyntax", "Incorrect conversation creation parameters"), 0);
            }

            var id = "a:personal-" + member.AadObjectId;
            if (_removed.ContainsKey(id) || !member.PersonalAppInstalled)
            {
                return (403, Error("Forbidden", "The bot is not installed for the user."), 0);
            }

            if (Throttle(id) is var wait and > 0)
            {
                return (429, Error("Throttled", "Too many requests"), wait);
            }

            _conversations[id] = 0;
            return (201, new { id }, 0);
        }

        if (body["channelData"]?["channel"]?["id"]?.ToString() is not { Length: > 0 } channel || body["activity"] is not JsonObject)
        {
            return (400, Error("BadSyntax", "Incorrect conversation creation parameters"), 0);
        }

        if (!_conversations.ContainsKey(channel) || _removed.ContainsKey(channel))
        {
            return (403, Error("BotNotInConversationRoster", "The bot is not part of the conversation roster."), 0);
        }

        if (Throttle(channel) is var channelWait and > 0)
        {
            return (429, Error("Throttled", "Too many requests"), channelWait);
        }

        var root = $"{_clock.GetUtcNow().ToUnixTimeMilliseconds()}{Interlocked.Increment(ref _next):D4}";
        var thread = $"{channel};messageid={root}";
        _conversations[thread] = 0;
        _threads.Enqueue(thread);
        return (201, new { id = thread, activityId = root }, 0);
    }

    private IResult Member(string conversationId, string userId, HttpRequest request)
    {
        if (!Authorized(request))
        {
            return Unauthorized(new FakeConnectorRequest("GET", request.Path, conversationId, null, [], 401));
        }

        var (status, answer) = !_conversations.ContainsKey(conversationId)
            ? (404, Error("ConversationNotFound", "Conversation not found."))
            : _members.TryGetValue(userId, out var m)
                ? (200, new { id = m.Id, name = m.Name, aadObjectId = m.AadObjectId, userPrincipalName = m.UserPrincipalName, email = m.Email, tenantId = m.TenantId, userRole = "user" })
                : (404, Error("MemberNotFoundInConversation", "The member was not found in the conversation."));
        Record(new FakeConnectorRequest("GET", request.Path, conversationId, null, [], status));
        return Results.Json(answer, statusCode: status);
    }

    private IResult Attachment(string id, HttpRequest request)
    {
        var status = !Authorized(request) ? 401 : _files.ContainsKey(id) ? 200 : 404;
        _fileRequests.Enqueue(("attachment", status));
        return status == 200 ? Results.Bytes(_files[id].Bytes, _files[id].ContentType) : Results.Json(Error(status == 401 ? "Unauthorized" : "NotFound", "attachment"), statusCode: status);
    }

    private IResult Download(HttpRequest request)
    {
        var id = request.Query["UniqueId"].ToString();
        var status = request.Headers.Authorization.Count > 0 ? 401
            : _files.TryGetValue(id, out var file) && request.Query["tempauth"] == file.TempAuth ? 200
            : _files.ContainsKey(id) ? 401 : 404;
        _fileRequests.Enqueue(("download", status));
        return status == 200 ? Results.Bytes(_files[id].Bytes, _files[id].ContentType) : Results.StatusCode(status);
    }

    private IResult Unauthorized(FakeConnectorRequest call)
    {
        Record(call);
        return Results.Json(Error("Unauthorized", "Authorization has been denied for this request."), statusCode: 401);
    }

    private static IResult Answer(HttpRequest request, int status, object answer, int retryAfter)
    {
        if (retryAfter > 0)
        {
            request.HttpContext.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return Results.Json(answer, statusCode: status);
    }

    /// <summary>Seconds to wait, 0 when the per-conversation windows and the app's rate both have room.</summary>
    private int Throttle(string conversationId)
    {
        var wait = _perConversation.GetOrAdd(conversationId, _ => new FakeSlidingWindows(Limits.PerConversation)).TryTake();
        return wait > 0 ? wait : _perApp.TryTake();
    }

    private void Record(FakeConnectorRequest call)
    {
        if (call.Accepted && call.IsActivity)
        {
            _accepted.Enqueue(DateTime.UtcNow);
        }

        _received.Enqueue(call);
        _arrived.Release();
    }

    private static async Task<JsonObject> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken) as JsonObject ?? [];
        }
        catch (System.Text.Json.JsonException)
        {
            return [];
        }
    }

    private static object Error(string code, string message) => new { error = new { code, message } };

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        _unendorsed.Dispose();
        _foreign.Dispose();
        _current.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
