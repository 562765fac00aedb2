using System.Net;
using LatsarBot.Bot.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LatsarBot.Channels.Teams;

/// <summary>
/// Sends outbox messages to Teams conversations from their stored references, paced below Teams' limits by the app's
/// <see cref="ChannelPacer"/> (<see cref="TeamsRateOptions"/>). A 429 all the same pauses that conversation for the
/// Retry-After, or a growing backoff without one (its other messages wait without asking Teams again; other
/// conversations go on); 403 (the app
/// was removed, or the person blocked it) is unreachable and not retried, so the delivery fallback moves to another
/// channel; 404 (no such conversation) fails; a bound person's chat we hold no reference for is opened first
/// (<see cref="TeamsPersonalChats"/>); a message of a thread to a team channel goes into that thread, started by its
/// first message (<see cref="TeamsChannelThreads"/>); 412, 5xx and network errors are retried by the outbox.
/// </summary>
public sealed class TeamsSender(
    ITeamsStore store,
    TeamsConnector connector,
    TeamsPersonalChats chats,
    TeamsChannelThreads threads,
    [FromKeyedServices(TeamsChannel.Name)] ChannelPacer pacer,
    ILogger<TeamsSender> log) : IOutboxSender
{
    public string Channel => TeamsChannel.Name;

    public async Task<SendOutcome> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var reference = await store.RecallReferenceAsync(message.ConversationId, cancellationToken);
        if (reference is null)
        {
            ConnectorAnswer? refusal;
            try
            {
                (reference, refusal) = await chats.OpenAsync(message.ConversationId, cancellationToken);
            }
            catch (HttpRequestException e)
            {
                return new SendOutcome.Transient($"Teams connector unreachable: {e.Message}");
            }

            if (refusal is not null)
            {
                return Outcome(message.ConversationId, refusal);
            }

            if (reference is null)
            {
                return new SendOutcome.Terminal("no Teams conversation reference", Code: "Teams:NoReference");
            }
        }

        var activities = TeamsReplyRenderer.Render(message.Reply);
        var partsKey = activities.Count > 1 ? PartsKey(message.Id) : null;
        var sent = partsKey is not null && await store.RecallAsync(partsKey, cancellationToken) is { Length: > 0 } earlier ? earlier.Split(' ').ToList() : [];
        if (message.Reply.Thread is { } thread && reference.ConversationType == "channel")
        {
            if (await threads.FindAsync(reference.ConversationId, thread.Key, cancellationToken) is { } known)
            {
                reference = reference with { ConversationId = known };
            }
            else if (sent.Count == 0)
            {
                ConnectorAnswer started;
                try
                {
                    started = await threads.StartAsync(reference, thread, activities[0], cancellationToken);
                }
                catch (HttpRequestException e)
                {
                    return new SendOutcome.Transient($"Teams connector unreachable: {e.Message}");
                }

                if (!started.Ok || started.Id is null || !TeamsChannelThreads.IsThread(started.Id))
                {
                    return started.Ok ? new SendOutcome.Transient("Teams started no thread") : Outcome(message.ConversationId, started);
                }

                reference = reference with { ConversationId = started.Id };
                sent.Add(started.Id[(started.Id.LastIndexOf('=') + 1)..]);
                if (partsKey is not null)
                {
                    await store.RememberAsync(partsKey, string.Join(' ', sent), CancellationToken.None);
                }
            }
        }

        for (var part = sent.Count; part < activities.Count; part++)
        {
            var activity = activities[part];
            activity["from"] = new System.Text.Json.Nodes.JsonObject { ["id"] = reference.BotId };
            activity["conversation"] = new System.Text.Json.Nodes.JsonObject { ["id"] = reference.ConversationId };
            if (await pacer.AcquireAsync(message.ConversationId, cancellationToken) is var wait && wait > TimeSpan.Zero)
            {
                return new SendOutcome.Transient("rate limit", wait);
            }

            ConnectorAnswer answer;
            try
            {
                answer = await connector.SendAsync(reference.ServiceUrl, reference.ConversationId, activity, null, cancellationToken);
            }
            catch (HttpRequestException e)
            {
                return new SendOutcome.Transient($"Teams connector unreachable: {e.Message}");
            }

            if (!answer.Ok)
            {
                // The parts already shown stay written down, so the retry goes on after them.
                return Outcome(message.ConversationId, answer);
            }

            pacer.Succeeded(message.ConversationId);
            sent.Add(answer.Id is { Length: > 0 } id && !id.Contains(' ', StringComparison.Ordinal) ? id : NoId);
            if (partsKey is not null)
            {
                // Written at once, whatever the caller's cancellation: a crash now resends at most this part.
                await store.RememberAsync(partsKey, string.Join(' ', sent), CancellationToken.None);
            }
        }

        return new SendOutcome.SentOutcome(sent.Where(id => id != NoId).ToList());
    }

    /// <summary>The channel value under which the activity ids of a multi-part row's accepted parts are kept, space-separated.</summary>
    public static string PartsKey(long outboxId) => $"parts:{outboxId}";

    private const string NoId = "-";

    private SendOutcome Outcome(string conversationId, ConnectorAnswer answer)
    {
        var code = $"Teams:{(int)answer.Status}";
        switch (answer.Status)
        {
            case HttpStatusCode.TooManyRequests:
                var wait = pacer.Pause(conversationId, answer.RetryAfter);
                log.LogInformation("Teams throttled {Conversation}; paused for {Wait}", conversationId, wait);
                return new SendOutcome.Transient("Teams 429", wait);
            case HttpStatusCode.Forbidden:
                return new SendOutcome.Terminal($"Teams 403: {answer.Error}", Unreachable: true, Code: code);
            case HttpStatusCode.NotFound:
                return new SendOutcome.Terminal($"Teams 404: {answer.Error}", Code: code);
            case HttpStatusCode.PreconditionFailed or HttpStatusCode.RequestTimeout:
            case >= HttpStatusCode.InternalServerError:
                return new SendOutcome.Transient($"Teams {(int)answer.Status}", answer.RetryAfter);
            default:
                return new SendOutcome.Terminal($"Teams {(int)answer.Status}: {answer.Error}", Code: code);
        }
    }
}
