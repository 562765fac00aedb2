using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Attachments;
using global::Telegram.Bot;
using global::Telegram.Bot.Exceptions;

namespace LatsarBot.Channels.Telegram;

/// <summary>A Telegram file by its file_id: getFile for the path, then the download from the file URL (the token is in it: never logged).</summary>
public sealed class TelegramEvidenceDownloader(ITelegramBotClient bot) : IEvidenceDownloader
{
    public string Channel => TelegramChannel.Name;

    public async Task<bool> DownloadAsync(InboundAttachment attachment, Stream destination, CancellationToken cancellationToken)
    {
        try
        {
            var file = await bot.GetFile(attachment.FileRef!, cancellationToken);
            if (string.IsNullOrEmpty(file.FilePath))
            {
                return false;
            }

            await bot.DownloadFile(file.FilePath, destination, cancellationToken);
            return true;
        }
        catch (ApiRequestException e) when (e.ErrorCode == 400)
        {
            // "file is too big" (over the Bot API's 20 MB) or an unknown file_id.
            return false;
        }
        catch (RequestException e)
        {
            throw new IOException("The Telegram file could not be downloaded.", e);
        }
    }
}
