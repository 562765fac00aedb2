using LatsarBot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Testing;

/// <summary>The real web host on Kestrel at a free loopback port, on a test database; reached over real HTTP.</summary>
public sealed class TestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestHost(WebApplication app, TestDatabase database, Uri address)
    {
        _app = app;
        Database = database;
        BaseAddress = address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public TestDatabase Database { get; }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<TestHost> StartAsync(
        TestDatabase? database = null,
        Action<IServiceCollection>? overrides = null,
        IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        database ??= TestDatabase.Sqlite();
        IEnumerable<KeyValuePair<string, string?>> all =
        [
            .. TestEnvironment.HostSettings,
            new("urls", "http://127.0.0.1:0"),
            new("Demo:Enabled", "true"),
            new("Content:Path", TestPaths.Content),
            new("Logging:LogLevel:Default", "Warning"),
            .. TestPaths.FileSettings(),
            .. database.Settings,
            .. settings ?? [],
        ];
        var args = all.Select(kv => $"--{kv.Key}={kv.Value}").ToArray();
        var app = await LatsarWebApp.CreateAsync(args, overrides);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TestHost(app, database, new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal)));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Database.DisposeAsync();
    }
}
