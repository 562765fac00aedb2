using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace LatsarBot.Channels.Teams;

/// <summary>
/// POST /api/teams/messages: the bearer token is checked before the body is read, and the body's serviceUrl and
/// channel against the token before anything is done with it; anything unauthenticated is 401 and nothing else. An
/// authentic body we cannot read is 200 and a log line: the Bot Connector would only retry it.
/// </summary>
public static class TeamsMessagesEndpoint
{
    /// <summary>An Action.Execute invoke is answered in the HTTP response; the turn's reply comes as its own message.</summary>
    private static readonly object InvokeAnswer = new { statusCode = 200, type = "application/vnd.microsoft.activity.message", value = "" };

    public static IEndpointRouteBuilder MapTeamsMessages(this IEndpointRouteBuilder routes)
    {
        routes.MapPost(TeamsChannel.MessagesPath,
                (HttpRequest request, TeamsTokenValidator tokens, TeamsUpdateHandler handler, ILogger<TeamsUpdateHandler> log, CancellationToken cancellationToken) =>
                    ReceiveAsync(request, tokens, handler, log, cancellationToken))
            .WithTags("Teams");
        return routes;
    }

    private static async Task<IResult> ReceiveAsync(HttpRequest request, TeamsTokenValidator tokens, TeamsUpdateHandler handler, ILogger log,
        CancellationToken cancellationToken)
    {
        var (token, reason) = await tokens.ValidateAsync(request.Headers.Authorization.ToString() is { Length: > 0 } h ? h : null, cancellationToken);
        if (token is null)
        {
            log.LogInformation("Teams activity refused: {Reason}", reason);
            return Results.Unauthorized();
        }

        var body = await RawBodyAsync(request, cancellationToken);
        if (body is null)
        {
            log.LogWarning("Teams activity over {Max} bytes; answered 200 and dropped", TeamsChannel.MaxActivityBytes);
            return Results.Ok();
        }

        TeamsActivity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(body, TeamsJson.Default.TeamsActivity);
        }
        catch (JsonException e)
        {
            log.LogWarning("Teams activity unreadable ({Error}); answered 200 so the connector does not retry it", e.Message);
            return Results.Ok();
        }

        if (activity is null)
        {
            log.LogWarning("Teams activity body was null; answered 200");
            return Results.Ok();
        }

        if (tokens.Matches(token, activity.ServiceUrl, activity.ChannelId) is { } mismatch)
        {
            log.LogInformation("Teams activity refused: {Reason}", mismatch);
            return Results.Unauthorized();
        }

        var mapped = TeamsActivityMapper.Map(activity);
        await handler.HandleAsync(mapped, cancellationToken);
        return mapped.IsInvoke ? Results.Json(InvokeAnswer) : Results.Ok();
    }

    /// <summary>The body, or null past the size limit (nothing past it is read).</summary>
    private static async Task<byte[]?> RawBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > TeamsChannel.MaxActivityBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > TeamsChannel.MaxActivityBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
