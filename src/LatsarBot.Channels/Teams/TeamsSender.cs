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
/// channel; 404 (no such conversation) fails; 412, 5xx and network errors are retried by the outbox.
/// </summary>
public sealed class TeamsSender(
    ITeamsStore store,
    TeamsConnector connector,
    [FromKeyedServices(TeamsChannel.Name)] ChannelPacer pacer,
    ILogger<TeamsSender> log) : IOutboxSender
{
    public string Channel => TeamsChannel.Name;

    public async Task<SendOutcome> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (await store.RecallReferenceAsync(message.ConversationId, cancellationToken) is not { } reference)
        {
            return new SendOutcome.Terminal("no Teams conversation reference", Code: "Teams:NoReference");
        }

        var ids = new List<string>();
        foreach (var activity in TeamsReplyRenderer.Render(message.Reply))
        {
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
                // A part already shown is not taken back; a retry sends the message again from its start.
                return Outcome(message.ConversationId, answer);
            }

            pacer.Succeeded(message.ConversationId);
            if (answer.Id is { } id)
            {
                ids.Add(id);
            }
        }

        return new SendOutcome.SentOutcome(ids);
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
