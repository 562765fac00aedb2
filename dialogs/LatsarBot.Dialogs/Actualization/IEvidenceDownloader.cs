using LatsarBot.Bot.Activities;

namespace LatsarBot.Dialogs.Actualization;

/// <summary>
/// Fetches a received file from the platform that holds it (Telegram's getFile and file URL, later WhatsApp's
/// media endpoint): one per channel, supplied by the host, since dialogs know no channel client.
/// </summary>
public interface IEvidenceDownloader
{
    string Channel { get; }

    /// <summary>
    /// Writes the file's bytes to <paramref name="destination"/>; false when the platform has no such file. A failed
    /// transfer throws <see cref="IOException"/> or <see cref="HttpRequestException"/>, nothing platform-specific.
    /// </summary>
    Task<bool> DownloadAsync(InboundAttachment attachment, Stream destination, CancellationToken cancellationToken);
}
