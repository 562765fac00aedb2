using LatsarBot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Testing.FakeTelegram;

/// <summary>
/// The real host with Telegram on, talking to a <see cref="FakeBotApiServer"/>. Unlike TestHost it does
/// not own the database, so a test can stop one host and start another on the same data (a restart).
/// </summary>
public sealed class TelegramTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TelegramTestHost(WebApplication app, Uri address)
    {
        _app = app;
        BaseAddress = address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<TelegramTestHost> StartAsync(
        FakeBotApiServer fake, TestDatabase database, bool webhook, IEnumerable<KeyValuePair<string, string?>>? settings = null,
        Action<IServiceCollection>? overrides = null)
    {
        IEnumerable<KeyValuePair<string, string?>> all =
        [
            .. TestEnvironment.HostSettings,
            new("urls", "http://127.0.0.1:0"),
            new("Demo:Enabled", "true"),
            new("Content:Path", TestPaths.Content),
            new("Logging:LogLevel:Default", "Warning"),
            new("Outbox:PollInterval", "00:00:00.200"),
            new("Telegram:Enabled", "true"),
            new("Telegram:BotToken", FakeBotApiServer.Token),
            new("Telegram:ApiBaseUrl", fake.BaseUrl),
            new("Telegram:PollTimeoutSeconds", "1"),
            new("Telegram:WebhookUrl", webhook ? "https://latsarbot.example/api/telegram" : ""),
            .. TestPaths.FileSettings(),
            .. database.Settings,
            .. settings ?? [],
        ];
        var app = await LatsarWebApp.CreateAsync(all.Select(kv => $"--{kv.Key}={kv.Value}").ToArray(), overrides);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var host = new TelegramTestHost(app, new Uri(address));
        fake.WebhookTarget = host.BaseAddress;
        return host;
    }

    /// <summary>A normal shutdown (SIGTERM): hosted services are stopped, then the host is disposed.</summary>
    public async Task StopAsync()
    {
        await _app.StopAsync();
        await DisposeAsync();
    }

    /// <summary>The host torn down without being stopped first: services are disposed under running work.</summary>
    public async Task AbandonAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
