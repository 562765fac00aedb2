using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using global::Telegram.Bot;
using global::Telegram.Bot.Exceptions;

namespace LatsarBot.Channels.Telegram;

/// <summary>
/// Tells Telegram where to POST updates, with the secret it must send back, at every start: a changed
/// URL or secret takes effect without a manual step. A failure is logged, not fatal: the host still
/// serves web chat, and the next start tries again.
/// </summary>
public sealed class TelegramWebhookRegistration(ITelegramBotClient bot, IOptions<TelegramOptions> options, ILogger<TelegramWebhookRegistration> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await bot.SetWebhook(options.Value.WebhookUrl!, allowedUpdates: TelegramChannel.AllowedUpdates, secretToken: options.Value.Secret(), cancellationToken: cancellationToken);
            log.LogInformation("Telegram webhook registered at {Url}", options.Value.WebhookUrl);
        }
        catch (RequestException e)
        {
            log.LogError(e, "Telegram setWebhook failed; updates will not arrive until it succeeds");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
