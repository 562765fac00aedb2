using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Pipeline;
using Microsoft.Extensions.Logging;
using global::Telegram.Bot.Requests;
using global::Telegram.Bot.Types;

namespace LatsarBot.Channels.Telegram;

/// <summary>
/// Handles one update, whichever way it came in (webhook or getUpdates): maps it, acknowledges a button
/// tap, resolves values that were stored instead of sent, and runs the turn.
/// </summary>
public sealed class TelegramUpdateHandler(TelegramBotApi api, ITelegramStore store, TurnPipeline pipeline, ILogger<TelegramUpdateHandler> log)
{
    public async Task HandleAsync(Update update, CancellationToken cancellationToken)
    {
        var mapped = TelegramUpdateMapper.Map(update);
        if (mapped == MappedUpdate.Ignored)
        {
            // Edits, stickers, a bot's own messages, kinds allowed_updates should keep away: nobody waits on them.
            log.LogDebug("Telegram update {UpdateId} of type {UpdateType} ignored", update.Id, update.Type);
        }

        if (mapped.CallbackQueryId is { } callbackId)
        {
            await AnswerCallbackAsync(callbackId, cancellationToken);
        }

        if (mapped.RemovedFromChat is { } chat)
        {
            await store.MarkUnreachableAsync(chat.ToString(System.Globalization.CultureInfo.InvariantCulture), "removed from chat", cancellationToken);
        }

        if (await ResolveAsync(mapped, cancellationToken) is { } activity)
        {
            // Someone who blocked the bot and now writes again has unblocked it.
            await store.MarkReachableAsync(activity.ConversationId, cancellationToken);
            await pipeline.ProcessAsync(activity, cancellationToken);
        }
    }

    private async Task<Activity?> ResolveAsync(MappedUpdate mapped, CancellationToken cancellationToken)
    {
        if (mapped.Activity is not { } activity)
        {
            return null;
        }

        if (mapped.Vote is { } vote)
        {
            // A vote in a poll we no longer know (sent before a data reset) has no value to give.
            var value = await store.RecallAsync(TelegramSender.PollKey(vote.PollId, vote.Option), cancellationToken);
            return value is null ? null : activity with { Value = new ChoiceValue(value) };
        }

        if (mapped.TopicId is { } topic)
        {
            return activity with { ThreadKey = await store.RecallAsync(TelegramThreads.TopicKeyOf(activity.ConversationId, topic), cancellationToken) };
        }

        if (mapped.ReplyToMessageId is { } repliedTo)
        {
            return activity with { ThreadKey = await store.RecallAsync(TelegramThreads.MessageKeyOf(activity.ConversationId, repliedTo), cancellationToken) };
        }

        if (activity.Value is ChoiceValue { Value: var data } && data.StartsWith(TelegramReplyRenderer.LongValuePrefix, StringComparison.Ordinal))
        {
            var value = await store.RecallAsync(data, cancellationToken);
            return value is null ? null : activity with { Value = new ChoiceValue(value) };
        }

        return activity;
    }

    /// <summary>Stops the client's progress spinner; the turn's replies are the real answer, so failure here is only logged.</summary>
    private async Task AnswerCallbackAsync(string callbackId, CancellationToken cancellationToken)
    {
        var call = await api.SendAsync(new AnswerCallbackQueryRequest { CallbackQueryId = callbackId }, cancellationToken);
        if (!call.Succeeded)
        {
            log.LogInformation(call.Error, "answerCallbackQuery failed; the tap is still handled");
        }
    }
}
