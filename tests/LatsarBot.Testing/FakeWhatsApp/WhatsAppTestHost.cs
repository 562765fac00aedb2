using LatsarBot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Testing.FakeWhatsApp;

/// <summary>The real host with WhatsApp on, talking to a <see cref="FakeGraphApiServer"/> that posts its webhooks back to it.</summary>
public sealed class WhatsAppTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WhatsAppTestHost(WebApplication app, Uri address)
    {
        _app = app;
        BaseAddress = address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    /// <param name="clock">The host's clock (a <see cref="ShiftedClock"/> to jump a day ahead); give the fake the same one.</param>
    public static async Task<WhatsAppTestHost> StartAsync(FakeGraphApiServer fake, TestDatabase database, IEnumerable<KeyValuePair<string, string?>>? settings = null,
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
            new("WhatsApp:AppSecret", FakeGraphApiServer.AppSecret),
            new("WhatsApp:AccessToken", FakeGraphApiServer.AccessToken),
            new("WhatsApp:VerifyToken", FakeGraphApiServer.VerifyToken),
            new("WhatsApp:PhoneNumberId", FakeGraphApiServer.PhoneNumberId),
            new("WhatsApp:GraphBaseUrl", fake.BaseUrl),

            // A scripted chat answers at once, where a person reads first: the pair-rate burst must cover a whole script.
            new("WhatsApp:Rates:PerRecipientBurst", "200"),
            .. TestPaths.FileSettings(),
            .. database.Settings,
            .. settings ?? [],
        ];
        var app = await LatsarWebApp.CreateAsync(all.Select(kv => $"--{kv.Key}={kv.Value}").ToArray(),
            clock is null ? null : services => services.AddSingleton(clock));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var host = new WhatsAppTestHost(app, new Uri(address));
        fake.WebhookTarget = host.BaseAddress;

        // Meta has approved what content/whatsapp-templates.yaml says was submitted.
        fake.Templates.Register(app.Services.GetRequiredService<Channels.WhatsApp.WhatsAppTemplates>());
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
