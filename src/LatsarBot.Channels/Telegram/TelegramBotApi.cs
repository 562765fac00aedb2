using LatsarBot.Bot.Outbox;
using Microsoft.Extensions.Logging;
using global::Telegram.Bot;
using global::Telegram.Bot.Exceptions;
using global::Telegram.Bot.Requests.Abstractions;

namespace LatsarBot.Channels.Telegram;

/// <summary>
/// The one place the Telegram code calls the Bot API: a typed request in, its response or the failure read once by
/// <see cref="TelegramErrors"/> out. A failure is returned, not thrown, so each caller decides in plain sight what a
/// refused call means to it (retry, fall back, only log) and no caller reads an exception of the client library.
/// </summary>
public sealed class TelegramBotApi(ITelegramBotClient client, ILogger<TelegramBotApi> log)
{
    public async Task<TelegramCall<TResponse>> SendAsync<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            return TelegramCall<TResponse>.Done(await client.SendRequest(request, cancellationToken));
        }
        catch (RequestException e)
        {
            log.LogDebug(e, "Bot API {Method} failed", request.MethodName);
            return TelegramCall<TResponse>.Failed(e, TelegramErrors.OutcomeOf(e));
        }
    }

    /// <summary>A file by the path getFile gave; the URL holds the token, so the client builds it and it is never logged.</summary>
    public async Task<TelegramCall<bool>> DownloadFileAsync(string filePath, Stream destination, CancellationToken cancellationToken)
    {
        try
        {
            await client.DownloadFile(filePath, destination, cancellationToken);
            return TelegramCall<bool>.Done(true);
        }
        catch (RequestException e)
        {
            log.LogDebug(e, "Bot API file download failed");
            return TelegramCall<bool>.Failed(e, TelegramErrors.OutcomeOf(e));
        }
    }
}
