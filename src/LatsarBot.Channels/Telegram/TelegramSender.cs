using System.Collections.Concurrent;
using System.Globalization;
using LatsarBot.Bot.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using global::Telegram.Bot.Requests;
using global::Telegram.Bot.Types;

namespace LatsarBot.Channels.Telegram;

/// <summary>
/// The outbox sender for Telegram: renders a reply, waits for its rate-limit tokens, sends each part once through
/// <see cref="TelegramBotApi"/>, and hands the dispatcher the outcome of a refused call.
/// The client must have RetryCount = 0: a hidden sleep-and-retry would hold the dispatcher and
/// ignore our buckets.
/// </summary>
public sealed class TelegramSender(
    TelegramBotApi api,
    [FromKeyedServices(TelegramChannel.Name)] ChannelPacer pacer,
    ITelegramStore store,
    TelegramSenderOptions options,
    ILogger<TelegramSender> log) : IOutboxSender
{
    // Parts of a multi-part reply already accepted by Telegram, so a retry in this process resumes after them.
    private readonly ConcurrentDictionary<long, int> _partsSent = new();

    /// <summary>The Bot API's limit on a forum topic's name.</summary>
    public const int MaxTopicName = 128;

    public string Channel => TelegramChannel.Name;

    public async Task<SendOutcome> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        if (!long.TryParse(message.ConversationId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var chatId))
        {
            return new SendOutcome.Terminal($"'{message.ConversationId}' is not a Telegram chat id.");
        }

        var thread = message.Reply.Thread;
        int? topicId = null;
        if (thread is not null && chatId < 0)
        {
            var topic = await TopicAsync(message.ConversationId, chatId, thread, cancellationToken);
            if (topic.Failure is { } failure)
            {
                return failure;
            }

            topicId = topic.Id;
        }

        var rendered = TelegramReplyRenderer.Render(chatId, message.Reply, options.NativePolls, topicId, LocalFile);
        if (rendered.Remember.Count > 0)
        {
            await store.RememberAsync(rendered.Remember, cancellationToken);
        }

        for (var part = _partsSent.GetValueOrDefault(message.Id); part < rendered.Parts.Count; part++)
        {
            if (await pacer.AcquireAsync(Key(chatId), cancellationToken) is var wait && wait > TimeSpan.Zero)
            {
                return new SendOutcome.Transient("rate limit", wait);
            }

            var outcome = await SendPartAsync(chatId, rendered.Parts[part], thread?.Key, cancellationToken);
            if (outcome is not null)
            {
                return outcome;
            }

            _partsSent[message.Id] = part + 1;
        }

        _partsSent.TryRemove(message.Id, out _);
        return SendOutcome.Sent;
    }

    private async Task<SendOutcome?> SendPartAsync(long chatId, RenderedPart part, string? threadKey, CancellationToken cancellationToken)
    {
        var call = await api.SendAsync(part.Request, cancellationToken);
        if (!call.Succeeded)
        {
            if (call.Failure is SendOutcome.Transient { RetryAfter: { } retryAfter })
            {
                pacer.Pause(Key(chatId), retryAfter);
                log.LogWarning("Telegram 429 for chat {Chat}: waiting {Seconds} s", chatId, retryAfter.TotalSeconds);
            }

            return call.Failure;
        }

        pacer.Succeeded(Key(chatId));

        var sent = call.Response!;
        if (threadKey is not null)
        {
            // A reply to this message (Telegram's reply-to) is then known to belong to the thread.
            var chat = chatId.ToString(CultureInfo.InvariantCulture);
            await store.RememberAsync(new Dictionary<string, string> { [TelegramThreads.MessageKeyOf(chat, sent.MessageId)] = threadKey }, cancellationToken);
        }

        if (part.PollValues is { } values && sent.Poll?.Id is { } pollId)
        {
            await store.RememberAsync(values.Select((v, i) => (Key: PollKey(pollId, i), Value: v)).ToDictionary(p => p.Key, p => p.Value), cancellationToken);
        }

        return null;
    }

    /// <summary>
    /// The group's forum topic for the thread: the one opened before, or a new one named after the thread's title,
    /// created once and remembered both ways. A group that cannot have topics gets the message in its main chat.
    /// </summary>
    private async Task<(int? Id, SendOutcome? Failure)> TopicAsync(string chat, long chatId, Bot.Activities.ReplyThread thread, CancellationToken cancellationToken)
    {
        var known = await store.RecallAsync(TelegramThreads.TopicOf(chat, thread.Key), cancellationToken);
        if (int.TryParse(known, NumberStyles.None, CultureInfo.InvariantCulture, out var topicId) || thread.Title is null)
        {
            return (known is null ? null : topicId, null);
        }

        var name = thread.Title.Length <= MaxTopicName ? thread.Title : thread.Title[..(MaxTopicName - 1)] + "…";
        var call = await api.SendAsync(new CreateForumTopicRequest { ChatId = chatId, Name = name }, cancellationToken);
        switch (call.Failure)
        {
            case null:
                var topic = call.Response!;
                await store.RememberAsync(new Dictionary<string, string>
                {
                    [TelegramThreads.TopicOf(chat, thread.Key)] = topic.MessageThreadId.ToString(CultureInfo.InvariantCulture),
                    [TelegramThreads.TopicKeyOf(chat, topic.MessageThreadId)] = thread.Key,
                }, cancellationToken);
                return (topic.MessageThreadId, null);
            case SendOutcome.Terminal:
                log.LogWarning("createForumTopic in {Chat} failed ({Reason}); the message goes to the group's main chat", chatId, call.Error!.Message);
                return (null, null);
            case SendOutcome.Transient { RetryAfter: { } retryAfter } wait:
                pacer.Pause(chat, retryAfter);
                return (null, wait);
            case var outcome:
                return (null, outcome);
        }
    }

    /// <summary>Read whole: reports are small, and a retried send then needs no open stream to rewind.</summary>
    private InputFile? LocalFile(string url) =>
        options.LocalFilePath(url) is { } path && File.Exists(path)
            ? InputFile.FromStream(new MemoryStream(File.ReadAllBytes(path)), Path.GetFileName(path))
            : null;

    private static string Key(long chatId) => chatId.ToString(CultureInfo.InvariantCulture);

    /// <summary>The key under which option <paramref name="option"/> of a sent poll is remembered.</summary>
    public static string PollKey(string pollId, int option) => $"poll:{pollId}:{option.ToString(CultureInfo.InvariantCulture)}";
}
