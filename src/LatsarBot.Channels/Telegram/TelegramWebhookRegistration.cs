using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using global::Telegram.Bot.Requests;

namespace LatsarBot.Channels.Telegram;

/// <summary>
/// Tells Telegram where to POST updates, with the secret it must send back, at every start: a changed
/// URL or secret takes effect without a manual step. A failure is logged, not fatal: the host still
/// serves web chat, and the next start tries again.
/// </summary>
public sealed class TelegramWebhookRegistration(TelegramBotApi api, IOptions<TelegramOptions> options, ILogger<TelegramWebhookRegistration> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var request = new SetWebhookRequest { Url = options.Value.WebhookUrl!, AllowedUpdates = TelegramChannel.AllowedUpdates, SecretToken = options.Value.Secret() };
        var call = await api.SendAsync(request, cancellationToken);
        if (call.Succeeded)
        {
            log.LogInformation("Telegram webhook registered at {Url}", options.Value.WebhookUrl);
        }
        else
        {
            log.LogError(call.Error, "Telegram setWebhook failed; updates will not arrive until it succeeds");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
