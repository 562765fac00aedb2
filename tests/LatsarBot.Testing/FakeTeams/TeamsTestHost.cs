using LatsarBot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Testing.FakeTeams;

/// <summary>The real host with Teams on, its metadata, token endpoint and connector all a <see cref="FakeTeamsServer"/> that posts activities to it.</summary>
public sealed class TeamsTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TeamsTestHost(WebApplication app, Uri address)
    {
        _app = app;
        BaseAddress = address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    /// <param name="clock">The host's clock (a <see cref="ShiftedClock"/> to jump a day ahead); give the fake the same one.</param>
    public static async Task<TeamsTestHost> StartAsync(FakeTeamsServer fake, TestDatabase database, IEnumerable<KeyValuePair<string, string?>>? settings = null,
        TimeProvider? clock = null)
    {
        IEnumerable<KeyValuePair<string, string?>> all =
        [
            .. TestEnvironment.HostSettings,
            new("urls", "http://127.0.0.1:0"),
            new("Demo:Enabled", "true"),
            new("Content:Path", TestPaths.Content),
            new("Logging:LogLevel:Default", "Warning"),
            new("Outbox:PollInterval", "00:00:00.200"),
            new("Teams:AppId", FakeTeamsServer.AppId),
            new("Teams:AppPassword", FakeTeamsServer.AppPassword),
            new("Teams:TenantId", FakeTeamsServer.TenantId),
            new("Teams:OpenIdMetadataUrl", fake.OpenIdMetadataUrl),
            new("Teams:TokenUrl", fake.TokenUrl),
            new("Teams:AllowedServiceUrlHosts:0", "127.0.0.1"),
            new("Teams:KeyRefreshMinInterval", "00:00:00"),
            new("Teams:AllowedFileHosts:0", "127.0.0.1"),
            .. TestPaths.FileSettings(),
            .. database.Settings,
            .. settings ?? [],
        ];
        var app = await LatsarWebApp.CreateAsync(all.Select(kv => $"--{kv.Key}={kv.Value}").ToArray(),
            clock is null ? null : services => services.AddSingleton(clock));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var host = new TeamsTestHost(app, new Uri(address));
        fake.MessagingEndpoint = host.BaseAddress;
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
