using LatsarBot.Bot.Activities;

namespace LatsarBot.Bot.Attachments;

/// <summary>
/// Fetches a received file from the platform that holds it (Telegram's getFile and file URL, WhatsApp's media
/// endpoint, a Teams attachment URL): one per channel, implemented in the channel's folder, so a dialog asks for a
/// file by its <see cref="InboundAttachment"/> and never knows whose client fetched it.
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
