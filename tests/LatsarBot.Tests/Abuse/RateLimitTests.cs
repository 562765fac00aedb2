using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using LatsarBot.Bot.Messages;
using LatsarBot.Core.Participants;
using LatsarBot.Hosting;
using LatsarBot.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Tests.Abuse;

/// <summary>
/// Each limit trips, answers 429 with Retry-After, leaves other clients served, and recovers after its window. A
/// second client comes from another loopback address (127.0.0.2), so per-address limits are seen apart.
/// </summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private TestHost _host = null!;
    private HttpClient _other = null!;

    public async Task InitializeAsync()
    {
        _host = await TestHost.StartAsync(settings:
        [
            new("RateLimits:WebChat:PerIp", "20"),
            new("RateLimits:WebChat:PerConversation", "3"),
            new("RateLimits:WebChat:Window", "00:00:04"),
            new("RateLimits:Upload:PerIp", "100"),
            new("RateLimits:Upload:PerConversation", "2"),
            new("RateLimits:Upload:Window", "00:00:04"),
            new("RateLimits:SignIn:PerIp", "3"),
            new("RateLimits:SignIn:Window", "00:00:04"),
            new("RateLimits:Verify:PerIp", "3"),
            new("RateLimits:Verify:Window", "00:00:04"),
        ]);
        _other = FromAddress(IPAddress.Parse("127.0.0.2"), _host.BaseAddress);
    }

    public async Task DisposeAsync()
    {
        _other.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task WebChat_OneConversationFloods_ItGets429WithAChatMessageOthersAreServedAndItRecovers()
    {
        var flooder = await WebChatTransport.StartSessionAsync(_host.Client);
        var other = await WebChatTransport.StartSessionAsync(_host.Client);

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 4; i++)
        {
            var response = await WebChatTransport.PostJsonAsync(_host.Client, flooder, "activities", new { id = $"f{i}", from = "u1", text = "/bantuan" });
            statuses.Add(response.StatusCode);
            refused = response;
        }

        using var otherTurn = await WebChatTransport.PostJsonAsync(_host.Client, other, "activities", new { id = "o1", from = "u2", text = "/bantuan" });
        var body = (await refused!.Content.ReadFromJsonAsync<WebChatRateLimited>())!;
        var retryAfter = int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.InRange(retryAfter, 1, 4);
        Assert.Equal(Catalog.Text(Language.Id, RateLimits.MessageKey, ("seconds", retryAfter)), body.Message);
        Assert.Equal(HttpStatusCode.OK, otherTurn.StatusCode);

        await Task.Delay(TimeSpan.FromSeconds(retryAfter) + TimeSpan.FromMilliseconds(200));
        using var again = await WebChatTransport.PostJsonAsync(_host.Client, flooder, "activities", new { id = "f9", from = "u1", text = "/bantuan" });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task WebChat_OneAddressMintsSessionsInAFlood_ItGets429AnotherAddressIsServedAndItRecovers()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 21; i++)
        {
            using var response = await _host.Client.PostAsync("/api/webchat/sessions", null);
            statuses.Add(response.StatusCode);
        }

        using var fromOther = await _other.PostAsync("/api/webchat/sessions", null);
        using var englishRefusal = await SendEnglishAsync();

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 20), HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, fromOther.StatusCode);
        var english = (await englishRefusal.Content.ReadFromJsonAsync<WebChatRateLimited>())!;
        Assert.StartsWith("Easy there", english.Message, StringComparison.Ordinal);
        await RecoversAsync(() => _host.Client.PostAsync("/api/webchat/sessions", null));
    }

    [Fact]
    public async Task Upload_OneConversationFloods_ItGets429AnotherConversationUploadsAndItRecovers()
    {
        var flooder = await WebChatTransport.StartSessionAsync(_host.Client);
        var other = await WebChatTransport.StartSessionAsync(_host.Client);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await UploadAsync(flooder);
            statuses.Add(response.StatusCode);
        }

        using var otherUpload = await UploadAsync(other);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, otherUpload.StatusCode);
        await RecoversAsync(() => UploadAsync(flooder));
    }

    [Theory]
    [InlineData("POST", "/console/masuk")]
    [InlineData("GET", "/console/masuk/kode")]
    [InlineData("POST", "/console/masuk/kode")]
    public async Task SignIn_OneAddressFloods_ItGets429AnotherAddressIsServedAndItRecovers(string method, string path)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await _host.Client.SendAsync(SignInRequest(method, path));
            statuses.Add(response.StatusCode);
        }

        using var fromOther = await _other.SendAsync(SignInRequest(method, path));

        Assert.All(statuses.Take(3), s => Assert.NotEqual(HttpStatusCode.TooManyRequests, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[3]);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, fromOther.StatusCode);
        await RecoversAsync(() => _host.Client.SendAsync(SignInRequest(method, path)));
    }

    [Fact]
    public void PlatformWebhooks_AreNotRateLimited_TheirSignaturesAreTheGate()
    {
        var endpoints = _host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

        var webhooks = endpoints.Where(e => e.RoutePattern.RawText is { } raw && (raw.Contains("telegram", StringComparison.OrdinalIgnoreCase) || raw.Contains("whatsapp", StringComparison.OrdinalIgnoreCase))).ToList();
        var limited = endpoints.Where(e => e.Metadata.GetMetadata<RateLimits.RateLimited>() is not null).Select(e => e.RoutePattern.RawText).ToList();

        Assert.All(webhooks, e => Assert.Null(e.Metadata.GetMetadata<RateLimits.RateLimited>()));
        Assert.Contains("/api/webchat/sessions", limited);
        Assert.Contains("/api/webchat/{conversationId}/files", limited);
    }

    private MessageCatalog Catalog => _host.Services.GetRequiredService<MessageCatalog>();

    private async Task<HttpResponseMessage> SendEnglishAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/webchat/sessions");
        request.Headers.AcceptLanguage.ParseAdd("en-US");
        return await _host.Client.SendAsync(request);
    }

    private static HttpRequestMessage SignInRequest(string method, string path) =>
        new(new HttpMethod(method), path) { Content = method == "POST" ? new FormUrlEncodedContent([new("nip", "199001012022031001")]) : null };

    /// <summary>Waits out the window the 429 named, then the same client is served again.</summary>
    private static async Task RecoversAsync(Func<Task<HttpResponseMessage>> call)
    {
        using var refused = await call();
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var seconds = int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        await Task.Delay(TimeSpan.FromSeconds(seconds) + TimeSpan.FromMilliseconds(200));
        using var served = await call();
        Assert.NotEqual(HttpStatusCode.TooManyRequests, served.StatusCode);
    }

    private async Task<HttpResponseMessage> UploadAsync(Channels.WebChat.WebChatSession session)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent("%PDF-1.4 test"u8.ToArray());
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "a.pdf");
        return await _host.Client.SendAsync(WebChatTransport.Request(HttpMethod.Post, $"/api/webchat/{session.ConversationId}/files", session.Token, form));
    }

    /// <summary>An HTTP client whose connections leave from <paramref name="local"/>: another client address on the same machine.</summary>
    private static HttpClient FromAddress(IPAddress local, Uri baseAddress)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(local, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler) { BaseAddress = baseAddress };
    }
}
