using System.Net.Http.Headers;

namespace LatsarBot.Bench;

/// <summary>HTTP plumbing shared by the targets: one client per target, a connection per virtual user.</summary>
public static class Loopback
{
    private static readonly MediaTypeHeaderValue JsonType = new("application/json");

    public static HttpClient Client(string address, int users)
    {
        var uri = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        if (!uri.IsLoopback)
        {
            throw new InvalidOperationException($"The bench only talks to loopback, not {uri}.");
        }

        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = users, UseProxy = false };
        return new HttpClient(handler) { BaseAddress = uri, Timeout = TimeSpan.FromSeconds(10) };
    }

    public static ByteArrayContent Json(byte[] json)
    {
        var content = new ByteArrayContent(json);
        content.Headers.ContentType = JsonType;
        return content;
    }
}
