using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Outbox;
using LatsarBot.Bot.Pipeline;
using Microsoft.Extensions.Logging;

namespace LatsarBot.Channels.WhatsApp;

/// <summary>
/// Handles one authentic webhook body: keeps the business-scoped user ids it names, logs statuses (reconciling them
/// with the outbox comes later), turns a "Lainnya…" tap into the next page of the list, resolves values that were
/// remembered instead of sent, and runs each message's turn in order.
/// </summary>
public sealed class WhatsAppUpdateHandler(
    IWhatsAppStore store,
    TurnPipeline pipeline,
    WhatsAppSender sender,
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

        foreach (var status in mapped.Statuses)
        {
            log.LogDebug("WhatsApp status {Status} for {Wamid} ({Errors})", status.Status, status.Id, string.Join(", ", (status.Errors ?? []).Select(e => e.Code)));
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
        if (activity.Value is ChoiceValue { Value: var page } && page.StartsWith(WhatsAppReplyRenderer.PagePrefix, StringComparison.Ordinal))
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
