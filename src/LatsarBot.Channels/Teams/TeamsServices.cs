using LatsarBot.Bot.Attachments;
using LatsarBot.Bot.Outbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols;

namespace LatsarBot.Channels.Teams;

/// <summary>Registers and maps the Teams channel when its app id and password are configured; otherwise does nothing.</summary>
public static class TeamsServices
{
    public static IServiceCollection AddTeams<TStore>(this IServiceCollection services, IConfiguration configuration)
        where TStore : class, ITeamsStore
    {
        var options = configuration.GetSection("Teams").Get<TeamsOptions>() ?? new TeamsOptions();
        if (!options.IsOn)
        {
            return services;
        }

        services.AddSingleton(options);

        // HTTPS except for a metadata URL on loopback (a test's fake): signing keys fetched in the clear could be anyone's.
        var loopback = Uri.TryCreate(options.OpenIdMetadataUrl, UriKind.Absolute, out var metadata) && metadata.IsLoopback;
        services.AddSingleton(sp => new TeamsSigningKeys(options,
            new HttpDocumentRetriever(new HttpClient { Timeout = TimeSpan.FromSeconds(30) }) { RequireHttps = !loopback },
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<TeamsTokenValidator>();

        // One client for the token endpoint and every connector: few hosts, and a pooled handler keeps connections warm.
        var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        services.AddSingleton(sp => new TeamsAppToken(http, options, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new TeamsConnector(http, sp.GetRequiredService<TeamsAppToken>()));
        services.AddSingleton<ITeamsStore, TStore>();
        services.AddSingleton<TeamsDirectory>();
        services.AddSingleton<TeamsPersonalChats>();
        services.AddSingleton<TeamsChannelThreads>();
        services.AddKeyedSingleton(TeamsChannel.Name, (sp, _) => options.Rates.CreatePacer(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<TeamsSender>();
        services.AddSingleton<IOutboxSender>(sp => sp.GetRequiredService<TeamsSender>());
        services.AddSingleton<TeamsUpdateHandler>();
        services.AddSingleton<IEvidenceDownloader, TeamsEvidenceDownloader>();
        return services;
    }

    public static WebApplication MapTeams(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetService<TeamsOptions>() is { IsOn: true })
        {
            app.MapTeamsMessages();
        }

        return app;
    }
}
