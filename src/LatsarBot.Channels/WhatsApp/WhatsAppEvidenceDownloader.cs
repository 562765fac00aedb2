using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Attachments;
using LatsarBot.Bot.Outbox;

namespace LatsarBot.Channels.WhatsApp;

/// <summary>
/// A WhatsApp file by its media id: GET /{media-id} for a short-lived URL, then the download from it, both with the
/// bearer token. The caller (the evidence store) streams it and applies its size limit.
/// </summary>
public sealed class WhatsAppEvidenceDownloader(WhatsAppGraphApi api) : IEvidenceDownloader
{
    public string Channel => WhatsAppChannel.Name;

    public async Task<bool> DownloadAsync(InboundAttachment attachment, Stream destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        if (attachment.FileRef is not { Length: > 0 } mediaId)
        {
            return false;
        }

        var media = await api.MediaAsync(mediaId, cancellationToken);
        if (!media.Succeeded)
        {
            return Refused(media.Failure);
        }

        if (!Uri.TryCreate(media.Response.Url, UriKind.Absolute, out var url))
        {
            return false;
        }

        var download = await api.DownloadAsync(url, destination, cancellationToken);
        return download.Succeeded || Refused(download.Failure);
    }

    /// <summary>An unknown or expired media id is "no such file"; a failure that may pass is the contract's IOException.</summary>
    private static bool Refused(SendOutcome failure) => failure is SendOutcome.Terminal
        ? false
        : throw new IOException($"The WhatsApp media could not be downloaded ({failure}).");
}
