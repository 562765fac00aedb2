using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Attachments;

namespace LatsarBot.Channels.Teams;

/// <summary>
/// A Teams file by the reference the mapper gave it: a picture on the connector (its content URL, with the bot
/// token) or a file's download info (SharePoint's pre-authorised URL, without it: the token is for the connector and
/// nobody else). Either host must be one we allow, so an activity cannot point the bot at any address; the evidence
/// store streams the bytes and applies its size limit.
/// </summary>
public sealed class TeamsEvidenceDownloader(TeamsConnector connector, TeamsTokenValidator hosts, TeamsOptions options) : IEvidenceDownloader
{
    /// <summary>The attachment type Teams gives a file sent to the bot in a personal chat.</summary>
    public const string DownloadInfoType = "application/vnd.microsoft.teams.file.download.info";

    public const string ConnectorPrefix = "connector:";

    public const string DownloadPrefix = "download:";

    public string Channel => TeamsChannel.Name;

    public async Task<bool> DownloadAsync(InboundAttachment attachment, Stream destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        var reference = attachment.FileRef ?? "";
        var withToken = reference.StartsWith(ConnectorPrefix, StringComparison.Ordinal);
        var address = withToken ? reference[ConnectorPrefix.Length..]
            : reference.StartsWith(DownloadPrefix, StringComparison.Ordinal) ? reference[DownloadPrefix.Length..] : null;
        if (!Uri.TryCreate(address, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && !url.IsLoopback)
            || !(withToken ? hosts.IsAllowedHost(url) : options.IsAllowedFileHost(url)))
        {
            return false;
        }

        return await connector.DownloadAsync(url, destination, withToken, cancellationToken);
    }
}
