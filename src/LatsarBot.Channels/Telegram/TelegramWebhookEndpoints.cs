using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using global::Telegram.Bot;
using global::Telegram.Bot.Types;

namespace LatsarBot.Channels.Telegram;

/// <summary>
/// POST /api/telegram: checks the secret header, reads the update by hand (so malformed JSON is our 400,
/// not an exception page) and hands it to <see cref="TelegramUpdateHandler"/>. Telegram retries any
/// non-2xx, so only input that can never succeed is refused.
/// </summary>
public static class TelegramWebhookEndpoints
{
    public static RouteHandlerBuilder MapTelegramWebhook(this IEndpointRouteBuilder routes, string secret)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        var expected = Encoding.UTF8.GetBytes(secret);
        return routes.MapPost(TelegramChannel.WebhookPath,
                (HttpRequest request, TelegramUpdateHandler handler, CancellationToken cancellationToken) =>
                    ReceiveAsync(request, expected, handler, cancellationToken))
            .WithTags("Telegram");
    }

    private static async Task<Results<Ok, UnauthorizedHttpResult, BadRequest<string>>> ReceiveAsync(
        HttpRequest request, byte[] expected, TelegramUpdateHandler handler, CancellationToken cancellationToken)
    {
        var given = Encoding.UTF8.GetBytes(request.Headers[TelegramChannel.SecretHeader].ToString());
        if (!CryptographicOperations.FixedTimeEquals(given, expected))
        {
            return TypedResults.Unauthorized();
        }

        if (request.ContentLength > TelegramChannel.MaxUpdateBytes)
        {
            return TypedResults.BadRequest("too large");
        }

        Update? update;
        try
        {
            update = await JsonSerializer.DeserializeAsync<Update>(request.Body, JsonBotAPI.Options, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Telegram.Bot's converters throw more than JsonException on odd input (a chat member without
            // a known status, say); whatever the type, a body that cannot be read is the sender's fault.
            return TypedResults.BadRequest("malformed update");
        }

        if (update is null)
        {
            return TypedResults.BadRequest("malformed update");
        }

        await handler.HandleAsync(update, cancellationToken);
        return TypedResults.Ok();
    }
}
