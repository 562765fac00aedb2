using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Attachments;
using LatsarBot.Core.Actualization;
using LatsarBot.Documents.Evidence;
using Microsoft.Extensions.Logging;

namespace LatsarBot.Learning.Actualization;

/// <summary>
/// Gets an evidence file into the <see cref="EvidenceStore"/> from wherever the channel left it: an upload already in
/// the store (its <see cref="InboundAttachment.StoreKey"/>, set by the channel), a channel's file reference (through its <see cref="IEvidenceDownloader"/>), or a data: URL.
/// Other URLs are not fetched: the bot does not download addresses a user typed (nothing to gain, a server to attack).
/// <para>
/// Why inside the evidence step and not in a background job: the participant must hear whether the file was kept
/// before they confirm the entry, in the same exchange, and a refused file must not leave a row to clean up. This
/// holds no database transaction (a turn opens its transaction only at commit), only the conversation's turn lock,
/// and the download has a timeout and a size limit checked while it streams. A retried turn fetches again and lands
/// on the same hash, so nothing is stored twice.
/// </para>
/// </summary>
public sealed class EvidenceFetcher(EvidenceStore store, EvidenceOptions options, IEnumerable<IEvidenceDownloader> downloaders, ILogger<EvidenceFetcher> log)
{
    public long MaxBytes => options.MaxBytes;

    public async Task<EvidenceOutcome> FetchAsync(Activity activity, InboundAttachment attachment, CancellationToken cancellationToken)
    {
        // What the channel already told settles it without a download.
        if (EvidenceRules.Check(attachment.ContentType, attachment.Size, options.MaxBytes) is not EvidenceVerdict.Accepted and var early)
        {
            return new EvidenceOutcome.Rejected(early);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.DownloadTimeoutSeconds));
        try
        {
            if (attachment.StoreKey is { } sha)
            {
                return await store.FindAsync(sha, attachment.ContentType, timeout.Token);
            }

            if (attachment.Url is { } data && data.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            {
                return await store.SaveAsync((sink, ct) => DataUrl.CopyToAsync(data, sink, ct), attachment.ContentType, options.MaxBytes, timeout.Token);
            }

            if (attachment.FileRef is not null && downloaders.FirstOrDefault(d => d.Channel == activity.Channel) is { } downloader)
            {
                var found = true;
                var outcome = await store.SaveAsync(async (sink, ct) => found = await downloader.DownloadAsync(attachment, sink, ct),
                    attachment.ContentType, options.MaxBytes, timeout.Token);
                return found ? outcome : new EvidenceOutcome.Unavailable("the channel has no such file");
            }

            return new EvidenceOutcome.Unavailable("no way to fetch it");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            log.LogWarning("Evidence download from {Channel} timed out after {Seconds} s", activity.Channel, options.DownloadTimeoutSeconds);
            return new EvidenceOutcome.Unavailable("timed out");
        }
        catch (Exception e) when (e is IOException or HttpRequestException or FormatException)
        {
            log.LogWarning(e, "Evidence download from {Channel} failed", activity.Channel);
            return new EvidenceOutcome.Unavailable(e.Message);
        }
    }
}
