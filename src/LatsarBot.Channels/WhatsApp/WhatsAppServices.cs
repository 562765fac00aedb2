using LatsarBot.Bot.Attachments;
using LatsarBot.Bot.Outbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Channels.WhatsApp;

/// <summary>
/// Registers and maps the WhatsApp channel when its secrets and number are configured; otherwise does nothing. The
/// host supplies where the channel's small state is kept (<typeparamref name="TStore"/>, an EF store), the approved
/// templates (content/whatsapp-templates.yaml) and how a host-relative file URL maps to a file to upload.
/// </summary>
public static class WhatsAppServices
{
    public static IServiceCollection AddWhatsApp<TStore>(this IServiceCollection services, IConfiguration configuration,
        WhatsAppTemplates? templates = null, Func<IServiceProvider, Func<string, string?>>? localFilePath = null)
        where TStore : class, IWhatsAppStore
    {
        var options = configuration.GetSection("WhatsApp").Get<WhatsAppOptions>() ?? new WhatsAppOptions();
        if (!options.IsOn)
        {
            return services;
        }

        services.AddSingleton(options);
        services.AddSingleton(templates ?? WhatsAppTemplates.Empty);
        services.AddSingleton(sp => new WhatsAppSenderFiles(localFilePath?.Invoke(sp)));
        services.AddKeyedSingleton(WhatsAppChannel.Name, (sp, _) => options.Rates.CreatePacer(sp.GetRequiredService<TimeProvider>()));

        // One client for every call: the Graph API is one host, and a pooled handler keeps its connections warm.
        services.AddSingleton(sp => new WhatsAppGraphApi(new HttpClient { Timeout = TimeSpan.FromSeconds(30) }, options,
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<WhatsAppGraphApi>>()));
        services.AddSingleton<IWhatsAppStore, TStore>();
        services.AddSingleton<WhatsAppSender>();
        services.AddSingleton<IOutboxSender>(sp => sp.GetRequiredService<WhatsAppSender>());
        services.AddSingleton<WhatsAppUpdateHandler>();
        services.AddSingleton<IEvidenceDownloader, WhatsAppEvidenceDownloader>();
        return services;
    }

    public static WebApplication MapWhatsApp(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetService<WhatsAppOptions>() is { IsOn: true } options)
        {
            app.MapWhatsAppWebhook(options);
        }

        return app;
    }
}
