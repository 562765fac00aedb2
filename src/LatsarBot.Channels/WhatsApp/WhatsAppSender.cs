using System.Collections.Concurrent;
using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Outbox;
using Microsoft.Extensions.Logging;

namespace LatsarBot.Channels.WhatsApp;

/// <summary>
/// The outbox sender for WhatsApp: renders a reply, waits for its rate-limit tokens (the number's and the
/// recipient's), sends each part once through <see cref="WhatsAppGraphApi"/>, and hands the dispatcher the outcome of a
/// refused call. A throttling error pauses the bucket it concerns, so the retry does not hit the same wall.
/// </summary>
public sealed class WhatsAppSender(
    WhatsAppGraphApi api,
    WhatsAppRateLimiter limiter,
    IWhatsAppStore store,
    WhatsAppOptions options,
    TimeProvider time,
    ILogger<WhatsAppSender> log) : IOutboxSender
{
    // Parts of a multi-part reply Meta already accepted, so a retry in this process resumes after them.
    private readonly ConcurrentDictionary<long, int> _partsSent = new();

    public string Channel => WhatsAppChannel.Name;

    public async Task<SendOutcome> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var outcome = await SendPartsAsync(message.ConversationId, message.Reply, _partsSent.GetValueOrDefault(message.Id),
            sent => _partsSent[message.Id] = sent, cancellationToken);
        if (outcome is SendOutcome.SentOutcome or SendOutcome.Terminal)
        {
            _partsSent.TryRemove(message.Id, out _);
        }

        return outcome;
    }

    /// <summary>
    /// A reply that is no outbox row: the next page of a long choice set, asked for by a tap. Losing it costs one more
    /// tap, so it does not wait for a retry.
    /// </summary>
    public Task<SendOutcome> SendNowAsync(string to, Reply reply, CancellationToken cancellationToken) =>
        SendPartsAsync(to, reply, 0, _ => { }, cancellationToken);

    private async Task<SendOutcome> SendPartsAsync(string to, Reply reply, int from, Action<int> progress, CancellationToken cancellationToken)
    {
        var rendered = WhatsAppReplyRenderer.Render(to, reply);
        if (rendered.Remember.Count > 0)
        {
            await store.RememberAsync(rendered.Remember, cancellationToken);
        }

        for (var part = from; part < rendered.Parts.Count; part++)
        {
            var wait = limiter.TryAcquire(to);
            for (; wait > TimeSpan.Zero && wait <= options.Rates.MaxInlineWait; wait = limiter.TryAcquire(to))
            {
                await Task.Delay(wait, time, cancellationToken);
            }

            if (wait > TimeSpan.Zero)
            {
                return new SendOutcome.Transient("rate limit", wait);
            }

            var call = await api.SendAsync(rendered.Parts[part], cancellationToken);
            if (!call.Succeeded)
            {
                Pause(to, call);
                return call.Failure;
            }

            progress(part + 1);
        }

        return SendOutcome.Sent;
    }

    private void Pause(string to, GraphCall<WaSendResult> call)
    {
        if (call.Failure is not SendOutcome.Transient { RetryAfter: { } retryAfter })
        {
            return;
        }

        // The pair rate concerns this recipient; every other throttling code the whole number.
        var recipient = call.Error?.Code == WhatsAppErrors.PairRate ? to : null;
        limiter.Pause(recipient, retryAfter);
        log.LogWarning("WhatsApp throttled ({Code}) {Scope}: waiting {Seconds} s", call.Error?.Code, recipient is null ? "the number" : "one recipient", retryAfter.TotalSeconds);
    }
}
