using System.Collections.Concurrent;
using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LatsarBot.Channels.WhatsApp;

/// <summary>
/// The outbox sender for WhatsApp: inside the contact's 24-hour window it renders the reply free-form; outside it, a
/// proactive message goes as its kind's approved template and anything without one is held (never sent blind). Files
/// on this host are uploaded and sent by media id. Each part waits for its rate-limit tokens (the number's and the
/// recipient's) and is sent once through <see cref="WhatsAppGraphApi"/>; a throttling error pauses the bucket it
/// concerns, so the retry does not hit the same wall. The wamids of the parts go back to the outbox for the statuses.
/// </summary>
public sealed class WhatsAppSender(
    WhatsAppGraphApi api,
    [FromKeyedServices(WhatsAppChannel.Name)] ChannelPacer pacer,
    IWhatsAppStore store,
    WhatsAppTemplates templates,
    WhatsAppSenderFiles files,
    TimeProvider time,
    ILogger<WhatsAppSender> log) : IOutboxSender
{
    /// <summary>Meta's customer-service window: free-form messages only within this long of the contact's last message.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromHours(24);

    /// <summary>The quick-reply payload of a template: the press reopens the chat and brings the whole message remembered under it.</summary>
    public const string OpenPrefix = "~open:";

    // Parts of a multi-part reply Meta already accepted (and their wamids), so a retry resumes after them; also written
    // down through the store (OutboxParts), for a retry after a restart.
    private readonly ConcurrentDictionary<long, List<string>> _partsSent = new();

    // Files already uploaded, by path: a report sent to many is uploaded once (ids are good for 30 days).
    private readonly ConcurrentDictionary<string, string> _uploaded = new(StringComparer.Ordinal);

    public string Channel => WhatsAppChannel.Name;

    public async Task<SendOutcome> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var to = message.ConversationId;
        WhatsAppRendered rendered;
        if (await InWindowAsync(to, cancellationToken))
        {
            var (reply, failure) = await UploadLocalFilesAsync(message.Reply, cancellationToken);
            if (failure is not null)
            {
                return failure;
            }

            rendered = WhatsAppReplyRenderer.Render(to, reply);
        }
        else if (templates.For(message.Purpose) is { } template)
        {
            var payload = OutboxPayload.Of(message.Reply);
            var open = OpenPrefix + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(payload)))[..32];
            rendered = new WhatsAppRendered([WhatsAppTemplateRenderer.Render(to, template, message.Language, message.Reply, open)],
                new Dictionary<string, string> { [open] = payload });
        }
        else
        {
            return new SendOutcome.Held(SendOutcome.Held.NoTemplate,
                $"WhatsApp: outside the 24-hour window and no template for {message.Purpose ?? "a reply"}");
        }

        var sent = _partsSent.GetOrAdd(message.Id, _ => []);
        var partsKey = rendered.Parts.Count > 1 ? OutboxParts.Key(message.Id) : null;
        if (partsKey is not null && sent.Count == 0 && await store.RecallAsync(partsKey, cancellationToken) is { Length: > 0 } earlier)
        {
            // Parts accepted before a restart: the new process goes on after them instead of sending them again.
            sent.AddRange(OutboxParts.Split(earlier).Select(id => id == OutboxParts.NoId ? "" : id));
        }

        var outcome = await SendPartsAsync(to, rendered, sent, partsKey, cancellationToken);
        if (outcome is SendOutcome.SentOutcome or SendOutcome.Terminal)
        {
            _partsSent.TryRemove(message.Id, out _);
            if (partsKey is not null)
            {
                // Done with: nothing is resumed any more. (A row the dispatcher gives up on is swept by the host.)
                await store.ForgetAsync(partsKey, CancellationToken.None);
            }
        }

        return outcome;
    }

    /// <summary>
    /// A reply that is no outbox row: the next page of a long choice set, or the message behind a template's button,
    /// asked for by a tap (which opened the window). Losing it costs one more tap, so it does not wait for a retry.
    /// </summary>
    public async Task<SendOutcome> SendNowAsync(string to, Reply reply, CancellationToken cancellationToken)
    {
        var (uploaded, failure) = await UploadLocalFilesAsync(reply, cancellationToken);
        return failure ?? await SendPartsAsync(to, WhatsAppReplyRenderer.Render(to, uploaded), [], null, cancellationToken);
    }

    private async Task<bool> InWindowAsync(string to, CancellationToken cancellationToken) =>
        await store.LastInboundAsync(to, cancellationToken) is { } last && time.GetUtcNow() - last < Window;

    /// <param name="partsKey">Where accepted parts are written down as they go (a multi-part outbox row), so a retry in another process resumes after them.</param>
    private async Task<SendOutcome> SendPartsAsync(string to, WhatsAppRendered rendered, List<string> sent, string? partsKey, CancellationToken cancellationToken)
    {
        if (rendered.Remember.Count > 0)
        {
            await store.RememberAsync(rendered.Remember, cancellationToken);
        }

        for (var part = sent.Count; part < rendered.Parts.Count; part++)
        {
            if (await pacer.AcquireAsync(to, cancellationToken) is var wait && wait > TimeSpan.Zero)
            {
                return new SendOutcome.Transient("rate limit", wait);
            }

            var call = await api.SendAsync(rendered.Parts[part], cancellationToken);
            if (!call.Succeeded)
            {
                return Pause(to, call);
            }

            pacer.Succeeded(to);

            sent.Add(call.Response.Messages?.FirstOrDefault()?.Id ?? "");
            if (partsKey is not null)
            {
                // Written at once: a crash now can resend at most this one part, as a crash can resend a one-part row.
                await store.RememberAsync(new Dictionary<string, string> { [partsKey] = OutboxParts.Join(sent.Select(id => id.Length == 0 ? OutboxParts.NoId : id)) }, CancellationToken.None);
            }
        }

        return new SendOutcome.SentOutcome(sent.Where(id => id.Length > 0).ToList());
    }

    /// <summary>Attachments that are files on this host (a generated report), uploaded and pointed at by their media id.</summary>
    private async Task<(Reply Reply, SendOutcome? Failure)> UploadLocalFilesAsync(Reply reply, CancellationToken cancellationToken)
    {
        if (files.LocalPath is not { } localPath || reply.Attachments.All(a => IsWebUrl(a.Url)))
        {
            return (reply, null);
        }

        var attachments = new List<ReplyAttachment>();
        foreach (var attachment in reply.Attachments)
        {
            if (IsWebUrl(attachment.Url) || localPath(attachment.Url) is not { } path)
            {
                attachments.Add(attachment);
                continue;
            }

            var fileName = Path.GetFileName(path);
            if (!_uploaded.TryGetValue(path, out var mediaId))
            {
                await using var file = File.OpenRead(path);
                var upload = await api.UploadAsync(file, fileName, attachment.ContentType ?? "application/octet-stream", cancellationToken);
                if (!upload.Succeeded || upload.Response.Id is not { Length: > 0 } id)
                {
                    log.LogWarning("WhatsApp upload of {File} refused: {Outcome}", fileName, upload.Failure);
                    return (reply, upload.Failure ?? new SendOutcome.Transient("upload answered no id"));
                }

                _uploaded[path] = mediaId = id;
            }

            attachments.Add(attachment with { Url = WhatsAppReplyRenderer.Uploaded(mediaId, fileName) });
        }

        return (reply with { Attachments = attachments }, null);
    }

    /// <summary>A link Meta can fetch. Not merely "absolute": on Unix "/files/…" parses as an absolute file: URI.</summary>
    private static bool IsWebUrl(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http";

    /// <summary>A throttling error pauses what it concerns, so the retry (handed back with that wait) does not hit the same wall.</summary>
    private SendOutcome Pause(string to, GraphCall<WaSendResult> call)
    {
        if (call.Failure is not SendOutcome.Transient { RetryAfter: { } retryAfter } transient)
        {
            return call.Failure!;
        }

        // The pair rate concerns this recipient; every other throttling code the whole number. Meta sends no
        // Retry-After: the code's own wait is the first step, and throttles in a row back off further.
        var recipient = call.Error?.Code == WhatsAppErrors.PairRate ? to : null;
        var wait = pacer.Pause(recipient, retryAfter);
        log.LogWarning("WhatsApp throttled ({Code}) {Scope}: waiting {Seconds} s", call.Error?.Code, recipient is null ? "the number" : "one recipient", wait.TotalSeconds);
        return transient with { RetryAfter = wait };
    }
}

/// <summary>How a host-relative file URL (a generated report) maps to a file on disk the sender can upload; null: none can.</summary>
public sealed record WhatsAppSenderFiles(Func<string, string?>? LocalPath);
