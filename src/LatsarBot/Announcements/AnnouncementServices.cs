using LatsarBot.Bot.Channels;
using LatsarBot.Channels.Telegram;
using LatsarBot.Channels.WhatsApp;
using LatsarBot.Dialogs.Announcements;

namespace LatsarBot.Announcements;

public static class AnnouncementServices
{
    /// <summary>The channels' sustained rates for delivery estimates, and the service that fans announcements out.</summary>
    public static IServiceCollection AddAnnouncements(this IServiceCollection services, IConfiguration configuration)
    {
        // Read even when a channel is off here: people may still have its chats from when it was on.
        var telegram = configuration.GetSection("Telegram:Rates").Get<TelegramRateOptions>() ?? new TelegramRateOptions();
        var whatsApp = configuration.GetSection("WhatsApp:Rates").Get<WhatsAppRateOptions>() ?? new WhatsAppRateOptions();
        services.AddSingleton(new ChannelRates(new Dictionary<string, double>
        {
            [TelegramChannel.Name] = telegram.GlobalPerSecond,
            [WhatsAppChannel.Name] = whatsApp.PerNumberPerSecond,
        }));
        services.AddSingleton<AnnouncementFanOut>();
        services.AddSingleton<AnnouncementService>();
        services.AddHostedService(sp => sp.GetRequiredService<AnnouncementService>());
        return services;
    }
}
