using System.Net;
using System.Text.Json.Nodes;
using LatsarBot.Bot.Activities;
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
        var activities = TeamsReplyRenderer.Render(message.Reply);
        var partsKey = activities.Count > 1 ? OutboxParts.Key(message.Id) : null;
        SendOutcome outcome;
        try
        {
            outcome = await SendPartsAsync(message, activities, partsKey, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            return new SendOutcome.Transient($"Teams connector unreachable: {e.Message}");
        }

        if (partsKey is not null && outcome is SendOutcome.SentOutcome or SendOutcome.Terminal)
        {
            // Done with: nothing is resumed any more. (A row the dispatcher gives up on is swept by the host.)
            await store.ForgetAsync(partsKey, CancellationToken.None);
        }

        return outcome;
    }

    /// <param name="partsKey">Where accepted parts are written down as they go (a multi-part row), so a retry resumes after them.</param>
    private async Task<SendOutcome> SendPartsAsync(OutgoingMessage message, IReadOnlyList<JsonObject> activities, string? partsKey, CancellationToken cancellationToken)
    {
        var (found, failure) = await ReferenceAsync(message.ConversationId, cancellationToken);
        if (found is not { } reference)
        {
            return failure!;
        }

        var sent = partsKey is not null && await store.RecallAsync(partsKey, cancellationToken) is { Length: > 0 } earlier ? OutboxParts.Split(earlier) : [];
        if (message.Reply.Thread is { } thread && reference.ConversationType == "channel")
        {
            (found, failure) = await IntoThreadAsync(message.ConversationId, reference, thread, activities[0], sent, partsKey, cancellationToken);
            if (found is null)
            {
                return failure!;
            }

            reference = found;
        }

        for (var part = sent.Count; part < activities.Count; part++)
        {
            var activity = activities[part];
            activity["from"] = new JsonObject { ["id"] = reference.BotId };
            activity["conversation"] = new JsonObject { ["id"] = reference.ConversationId };
            if (await pacer.AcquireAsync(message.ConversationId, cancellationToken) is var wait && wait > TimeSpan.Zero)
            {
                return new SendOutcome.Transient("rate limit", wait);
            }

            var answer = await connector.SendAsync(reference.ServiceUrl, reference.ConversationId, activity, null, cancellationToken);
            if (!answer.Ok)
            {
                // The parts already shown stay written down, so the retry goes on after them.
                return Outcome(message.ConversationId, answer);
            }

            pacer.Succeeded(message.ConversationId);
            sent.Add(answer.Id is { Length: > 0 } id && !id.Contains(' ', StringComparison.Ordinal) ? id : OutboxParts.NoId);
            if (partsKey is not null)
            {
                // Written at once, whatever the caller's cancellation: a crash now resends at most this part.
                await store.RememberAsync(partsKey, OutboxParts.Join(sent), CancellationToken.None);
            }
        }

        return new SendOutcome.SentOutcome(sent.Where(id => id != OutboxParts.NoId).ToList());
    }

    /// <summary>The stored reference, or a personal chat opened for a bound person we hold none for (a call to the connector, so paced).</summary>
    private async Task<(TeamsConversationReference? Reference, SendOutcome? Failure)> ReferenceAsync(string conversationId, CancellationToken cancellationToken)
    {
        if (await store.RecallReferenceAsync(conversationId, cancellationToken) is { } known)
        {
            return (known, null);
        }

        if (await pacer.AcquireAsync(conversationId, cancellationToken) is var wait && wait > TimeSpan.Zero)
        {
            return (null, new SendOutcome.Transient("rate limit", wait));
        }

        var (opened, refusal) = await chats.OpenAsync(conversationId, cancellationToken);
        return refusal is not null ? (null, Outcome(conversationId, refusal))
            : opened is null ? (null, new SendOutcome.Terminal("no Teams conversation reference", Code: "Teams:NoReference"))
            : (opened, null);
    }

    /// <summary>
    /// A thread's message goes into its team channel thread; the thread's first message starts it, and is then the
    /// message's first part (written down with the others).
    /// </summary>
    private async Task<(TeamsConversationReference? Reference, SendOutcome? Failure)> IntoThreadAsync(
        string conversationId, TeamsConversationReference channel, ReplyThread thread, JsonObject first, List<string> sent, string? partsKey, CancellationToken cancellationToken)
    {
        if (await threads.FindAsync(channel.ConversationId, thread.Key, cancellationToken) is { } known)
        {
            return (channel with { ConversationId = known }, null);
        }

        if (sent.Count > 0)
        {
            return (channel, null);
        }

        if (await pacer.AcquireAsync(conversationId, cancellationToken) is var wait && wait > TimeSpan.Zero)
        {
            return (null, new SendOutcome.Transient("rate limit", wait));
        }

        var started = await threads.StartAsync(channel, thread, first, cancellationToken);
        if (!started.Ok)
        {
            return (null, Outcome(conversationId, started));
        }

        if (started.Id is not { } id || !TeamsChannelThreads.IsThread(id))
        {
            return (null, new SendOutcome.Transient("Teams started no thread"));
        }

        pacer.Succeeded(conversationId);
        sent.Add(TeamsChannelThreads.RootOf(id));
        if (partsKey is not null)
        {
            await store.RememberAsync(partsKey, OutboxParts.Join(sent), CancellationToken.None);
        }

        return (channel with { ConversationId = id }, null);
    }

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
