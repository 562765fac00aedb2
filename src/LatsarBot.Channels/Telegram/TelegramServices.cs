using LatsarBot.Bot.Attachments;
using LatsarBot.Bot.Outbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using global::Telegram.Bot;

namespace LatsarBot.Channels.Telegram;

/// <summary>
/// Registers and maps the Telegram channel when a token is configured; otherwise does nothing. The host supplies what
/// only it has: where the channel's state is kept (<typeparamref name="TStore"/>, an EF store) and how a host-relative
/// file URL (a generated report) maps to a file on disk the sender can upload.
/// </summary>
public static class TelegramServices
{
    public static IServiceCollection AddTelegram<TStore>(this IServiceCollection services, IConfiguration configuration,
        Func<IServiceProvider, Func<string, string?>> localFilePath)
        where TStore : class, ITelegramStore
    {
        var section = configuration.GetSection("Telegram");
        var options = section.Get<TelegramOptions>() ?? new TelegramOptions();
        if (!options.IsOn)
        {
            return services;
        }

        services.Configure<TelegramOptions>(section);
        services.AddSingleton<ITelegramBotClient>(sp => CreateClient(sp.GetRequiredService<IOptions<TelegramOptions>>().Value));
        services.AddSingleton<TelegramBotApi>();
        services.AddKeyedSingleton(TelegramChannel.Name, (sp, _) => options.Rates.CreatePacer(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new TelegramSenderOptions
        {
            NativePolls = options.NativePolls,
            LocalFilePath = localFilePath(sp),
        });
        services.AddSingleton<ITelegramStore, TStore>();
        services.AddSingleton<TelegramUpdateHandler>();
        services.AddSingleton<IOutboxSender, TelegramSender>();
        services.AddSingleton<IEvidenceDownloader, TelegramEvidenceDownloader>();
        if (options.UsesWebhook)
        {
            services.AddHostedService<TelegramWebhookRegistration>();
        }
        else
        {
            services.AddHostedService<TelegramPollingService>();
        }

        return services;
    }

    public static WebApplication MapTelegram(this WebApplication app)
    {
        var options = app.Services.GetService<IOptions<TelegramOptions>>()?.Value;
        if (options is { IsOn: true, UsesWebhook: true })
        {
            app.MapTelegramWebhook(options.Secret());
        }

        return app;
    }

    /// <summary>RetryCount = 0: the client must never sleep on a 429 by itself; the sender and the outbox own retries.</summary>
    private static TelegramBotClient CreateClient(TelegramOptions options)
    {
        var clientOptions = new TelegramBotClientOptions(options.BotToken!, string.IsNullOrWhiteSpace(options.ApiBaseUrl) ? null : options.ApiBaseUrl)
        {
            RetryCount = 0,
        };

        // The HTTP timeout must outlast the long poll, or every quiet getUpdates would fail.
        var http = new HttpClient { Timeout = TimeSpan.FromSeconds(options.PollTimeoutSeconds + 30) };
        return new TelegramBotClient(clientOptions, http);
    }
}
