using System.Text.Json;
using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Outbox;
using LatsarBot.Bot.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace LatsarBot.Channels.WebChat;

/// <summary>The web chat's JSON API, used by the chat page at / and by tests; every call needs its session token (see <see cref="WebChatSessionEndpoints"/>).</summary>
public static class WebChatEndpoints
{
    public const int MaxBodyBytes = 64 * 1024;

    public static RouteGroupBuilder MapWebChatEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/webchat/{conversationId}").WithTags("WebChat").RequireWebChatSession();
        group.MapPost("/activities", PostActivityAsync);
        group.MapGet("/activities", GetActivitiesAsync);
        return group;
    }

    /// <summary>Runs the turn and answers with its replies. The body is read by hand so malformed JSON gets our 400, not an exception page.</summary>
    private static async Task<Results<Ok<WebChatTurnResponse>, BadRequest<WebChatError>>> PostActivityAsync(
        string conversationId, HttpRequest request, TurnPipeline pipeline, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return TypedResults.BadRequest(new WebChatError("too_large", $"The body must be at most {MaxBodyBytes} bytes."));
        }

        WebChatActivityRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<WebChatActivityRequest>(request.Body, cancellationToken: cancellationToken);
        }
        catch (JsonException e)
        {
            return TypedResults.BadRequest(new WebChatError("malformed_json", e.Message));
        }

        if (body is null)
        {
            return TypedResults.BadRequest(new WebChatError("malformed_json", "The body must be a JSON object."));
        }

        var (activity, error) = WebChatMapper.ToActivity(conversationId, body);
        if (activity is null)
        {
            return TypedResults.BadRequest(new WebChatError("invalid_activity", error!));
        }

        var outcome = await pipeline.ProcessAsync(activity, cancellationToken);
        var replies = outcome.Replies.Select(r => WebChatMapper.ToDto(r.Sequence, r.Reply, proactive: false)).ToList();
        return TypedResults.Ok(new WebChatTurnResponse(replies, outcome.Replayed));
    }

    private static async Task<Results<Ok<WebChatFeedResponse>, BadRequest<WebChatError>>> GetActivitiesAsync(
        string conversationId, long? after, IMessageFeed feed, CancellationToken cancellationToken)
    {
        if (!WebChatMapper.IsValidConversationId(conversationId))
        {
            return TypedResults.BadRequest(new WebChatError("invalid_conversation", WebChatMapper.ConversationIdRule));
        }

        var since = Math.Max(0, after ?? 0);
        var messages = await feed.ReadAsync(new ConversationKey(WebChatMapper.Channel, conversationId), since, 100, cancellationToken);
        var dtos = messages.Select(WebChatMapper.ToDto).ToList();
        return TypedResults.Ok(new WebChatFeedResponse(dtos, dtos.Count > 0 ? dtos[^1].Sequence : since));
    }
}
