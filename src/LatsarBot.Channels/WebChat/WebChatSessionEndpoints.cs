using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Channels.WebChat;

/// <summary>
/// POST /api/webchat/sessions: without a token, a new conversation and its token; with a valid token (header), a
/// renewed token for the same conversation. The filter <see cref="RequireWebChatSession{TBuilder}"/> guards every
/// web chat call: 401 without a valid token, 403 when the token is another conversation's.
/// </summary>
public static class WebChatSessionEndpoints
{
    public const string Path = "/api/webchat/sessions";

    public static RouteHandlerBuilder MapWebChatSessions(this IEndpointRouteBuilder routes) =>
        routes.MapPost(Path, StartAsync).WithTags("WebChat").DisableAntiforgery();

    public static TBuilder RequireWebChatSession<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var sessions = http.RequestServices.GetRequiredService<WebChatSessions>();
            var conversationId = http.Request.RouteValues["conversationId"] as string;
            var token = http.Request.Headers[WebChatSessions.TokenHeader].ToString();
            if (token.Length == 0 && sessions.Options.AllowClientIds)
            {
                return await next(context);
            }

            var sealedId = sessions.Read(token);
            if (sealedId is null)
            {
                return TypedResults.Json(new WebChatError("session_required",
                    $"Start a session at POST {Path} and send its token in the {WebChatSessions.TokenHeader} header; an expired token needs a new session."),
                    statusCode: StatusCodes.Status401Unauthorized);
            }

            return sealedId == conversationId
                ? await next(context)
                : TypedResults.Json(new WebChatError("wrong_conversation", "The token belongs to another conversation."), statusCode: StatusCodes.Status403Forbidden);
        });

    private static async Task<Results<Ok<WebChatSession>, JsonHttpResult<WebChatError>, BadRequest<WebChatError>>> StartAsync(
        HttpRequest request, WebChatSessions sessions, CancellationToken cancellationToken)
    {
        var token = request.Headers[WebChatSessions.TokenHeader].ToString();
        if (token.Length > 0)
        {
            return sessions.Renew(token) is { } renewed
                ? TypedResults.Ok(renewed)
                : TypedResults.Json(new WebChatError("session_expired", "The token is no longer valid; start a new session without it."),
                    statusCode: StatusCodes.Status401Unauthorized);
        }

        // Development only: a page from before sessions keeps its own conversation id.
        if (sessions.Options.AllowClientIds && request.ContentLength is > 0 and <= 1024)
        {
            try
            {
                var body = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body, cancellationToken: cancellationToken);
                if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("conversationId", out var id) && id.ValueKind == JsonValueKind.String)
                {
                    var adopted = id.GetString()!;
                    return WebChatMapper.IsValidConversationId(adopted)
                        ? TypedResults.Ok(sessions.Adopt(adopted))
                        : TypedResults.BadRequest(new WebChatError("invalid_conversation", WebChatMapper.ConversationIdRule));
                }
            }
            catch (JsonException e)
            {
                return TypedResults.BadRequest(new WebChatError("malformed_json", e.Message));
            }
        }

        return TypedResults.Ok(sessions.Start());
    }
}
