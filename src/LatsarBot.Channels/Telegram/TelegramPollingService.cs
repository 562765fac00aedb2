using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using global::Telegram.Bot.Exceptions;
using global::Telegram.Bot.Requests;

namespace LatsarBot.Channels.Telegram;

/// <summary>
/// getUpdates long polling, for hosts without a public URL. The offset is saved after each update is
/// handled: a restart neither skips (an update is confirmed only once its turn committed) nor replays
/// (an update handled but not yet confirmed is found in the inbound ledger and skipped).
/// </summary>
public sealed class TelegramPollingService(
    TelegramBotApi api,
    ITelegramStore store,
    TelegramUpdateHandler handler,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<TelegramPollingService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PollOnceAsync(stoppingToken);
                failures = 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // Telegram down, a 409 from a webhook set elsewhere, the database gone: wait, then try again.
                failures++;
                var wait = e is ApiRequestException { Parameters.RetryAfter: { } after } ? TimeSpan.FromSeconds(after) : Backoff(failures);
                log.LogWarning(e, "Telegram polling failed ({Failures} in a row); retrying in {Wait}", failures, wait);
                await DelayAsync(wait, stoppingToken);
            }
        }
    }

    private bool _webhookCleared;

    private async Task PollOnceAsync(CancellationToken cancellationToken)
    {
        if (!_webhookCleared)
        {
            // getUpdates is refused while a webhook is set (from an earlier run in webhook mode).
            (await api.SendAsync(new DeleteWebhookRequest(), cancellationToken)).OrThrow();
            _webhookCleared = true;
        }

        var offset = await store.ReadOffsetAsync(cancellationToken);
        var request = new GetUpdatesRequest { Offset = offset, Limit = 100, Timeout = options.Value.PollTimeoutSeconds, AllowedUpdates = TelegramChannel.AllowedUpdates };
        var updates = (await api.SendAsync(request, cancellationToken)).OrThrow();
        foreach (var update in updates.OrderBy(u => u.Id))
        {
            await handler.HandleAsync(update, cancellationToken);
            await store.SaveOffsetAsync(update.Id + 1, cancellationToken);
        }
    }

    private static TimeSpan Backoff(int failures) => TimeSpan.FromSeconds(Math.Min(60, Math.Pow(2, failures - 1)));

    private async Task DelayAsync(TimeSpan wait, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(wait, time, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Shutting down during the wait.
        }
    }
}
