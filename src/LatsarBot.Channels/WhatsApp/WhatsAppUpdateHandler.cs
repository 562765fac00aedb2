using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Outbox;
using LatsarBot.Bot.Pipeline;
using Microsoft.Extensions.Logging;

namespace LatsarBot.Channels.WhatsApp;

/// <summary>
/// Handles one authentic webhook body: opens the 24-hour window of everyone who wrote, keeps the business-scoped user
/// ids it names, reconciles delivery statuses into the outbox, turns a "Lainnya…" tap into the next page of the list and
/// a template's button into the message it stood for, resolves values that were remembered instead of sent, and runs
/// each message's turn in order.
/// </summary>
public sealed class WhatsAppUpdateHandler(
    IWhatsAppStore store,
    TurnPipeline pipeline,
    WhatsAppSender sender,
    TimeProvider time,
    ILogger<WhatsAppUpdateHandler> log)
{
    /// <summary>The key under which a wa_id's business-scoped user id (BSUID) is kept.</summary>
    public static string UserIdKey(string waId) => $"user_id:{waId}";

    public async Task HandleAsync(MappedWebhook mapped, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mapped);
        if (mapped.UserIds.Count > 0)
        {
            await store.RememberAsync(mapped.UserIds.ToDictionary(u => UserIdKey(u.Key), u => u.Value), cancellationToken);
        }

        if (mapped.Senders.Count > 0)
        {
            await store.RecordInboundAsync(mapped.Senders, time.GetUtcNow(), cancellationToken);
        }

        if (mapped.Statuses.Count > 0)
        {
            await ApplyStatusesAsync(mapped.Statuses, cancellationToken);
        }

        foreach (var ignored in mapped.Ignored)
        {
            log.LogDebug("WhatsApp webhook: passed over {What}", ignored);
        }

        foreach (var activity in mapped.Activities)
        {
            await HandleAsync(activity, cancellationToken);
        }
    }

    private async Task HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        // Someone whose number failed before and who now writes can be written to again.
        await store.MarkReachableAsync(activity.ConversationId, cancellationToken);
        if (activity.Value is ChoiceValue { Value: var page } && (page.StartsWith(WhatsAppReplyRenderer.PagePrefix, StringComparison.Ordinal)
            || page.StartsWith(WhatsAppSender.OpenPrefix, StringComparison.Ordinal)))
        {
            await NextPageAsync(activity, page, cancellationToken);
            return;
        }

        if (activity.Value is ChoiceValue { Value: var id } && id.StartsWith(WhatsAppReplyRenderer.LongValuePrefix, StringComparison.Ordinal))
        {
            // A value from before a data reset is gone; there is nothing it could still mean.
            if (await store.RecallAsync(id, cancellationToken) is not { } value)
            {
                log.LogInformation("WhatsApp choice {Id} is not known; ignored", id);
                return;
            }

            activity = activity with { Value = new ChoiceValue(value) };
        }

        await pipeline.ProcessAsync(activity, cancellationToken);
    }

    /// <summary>
    /// A status may outrun the outbox's record of the send it is about (Meta answers the send, then the callback comes
    /// while the dispatcher is still writing the wamid down): those not matched are tried again shortly, off the
    /// webhook's answer, which must stay quick.
    /// </summary>
    private async Task ApplyStatusesAsync(IReadOnlyList<WaStatus> statuses, CancellationToken cancellationToken)
    {
        var matched = await store.ApplyStatusesAsync(statuses, cancellationToken);
        if (matched < statuses.Count)
        {
            _ = RetryStatusesAsync(statuses);
        }
    }

    private async Task RetryStatusesAsync(IReadOnlyList<WaStatus> statuses)
    {
        foreach (var wait in StatusRetries)
        {
            // The real clock: the retry waits for the dispatcher's commit, not for the bot's (possibly simulated) time.
            await Task.Delay(wait, TimeProvider.System);
            try
            {
                if (await store.ApplyStatusesAsync(statuses, CancellationToken.None) == statuses.Count)
                {
                    return;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "WhatsApp statuses not reconciled; trying again");
            }
        }

        log.LogInformation("WhatsApp statuses for messages we have no record of: {Wamids}", string.Join(", ", statuses.Select(s => s.Id)));
    }

    private static readonly TimeSpan[] StatusRetries = [TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5)];

    /// <summary>Paging a list is no turn: the dialog still waits for a choice, and the rows it offered are what it gets.</summary>
    private async Task NextPageAsync(Activity activity, string key, CancellationToken cancellationToken)
    {
        if (await store.RecallAsync(key, cancellationToken) is not { } payload)
        {
            log.LogInformation("WhatsApp list page {Key} is not known; ignored", key);
            return;
        }

        var outcome = await sender.SendNowAsync(activity.ConversationId, OutboxPayload.Parse(payload), cancellationToken);
        if (outcome is not SendOutcome.SentOutcome)
        {
            log.LogWarning("WhatsApp list page to {Chat} not sent: {Outcome}", activity.ConversationId, outcome);
        }
    }
}
