using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Attachments;
using global::Telegram.Bot.Exceptions;
using global::Telegram.Bot.Requests;

namespace LatsarBot.Channels.Telegram;

/// <summary>A Telegram file by its file_id: getFile for the path, then the download from the file URL (the token is in it: never logged).</summary>
public sealed class TelegramEvidenceDownloader(TelegramBotApi api) : IEvidenceDownloader
{
    public string Channel => TelegramChannel.Name;

    public async Task<bool> DownloadAsync(InboundAttachment attachment, Stream destination, CancellationToken cancellationToken)
    {
        var file = await api.SendAsync(new GetFileRequest { FileId = attachment.FileRef! }, cancellationToken);
        if (!file.Succeeded)
        {
            return Refused(file.Error);
        }

        if (string.IsNullOrEmpty(file.Response!.FilePath))
        {
            return false;
        }

        var download = await api.DownloadFileAsync(file.Response.FilePath, destination, cancellationToken);
        return download.Succeeded || Refused(download.Error);
    }

    private static bool Refused(RequestException error) => error is ApiRequestException { ErrorCode: 400 }
        // "file is too big" (over the Bot API's 20 MB) or an unknown file_id.
        ? false
        : throw new IOException("The Telegram file could not be downloaded.", error);
}
