using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using global::Telegram.Bot;
using global::Telegram.Bot.Types;

namespace LatsarBot.Channels.Telegram;

/// <summary>
/// POST /api/telegram: checks the secret header, then reads the update by hand. Telegram redelivers whatever is not
/// answered 2xx, for hours, and holds the updates behind it meanwhile: so an authentic update that cannot be read (the
/// client library refuses it, it is too large, it is not JSON) is answered 200 and logged with its update_id, never
/// a 4xx. Only a request without the secret is refused (401).
/// </summary>
public static class TelegramWebhookEndpoints
{
    public static RouteHandlerBuilder MapTelegramWebhook(this IEndpointRouteBuilder routes, string secret)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        var expected = Encoding.UTF8.GetBytes(secret);
        return routes.MapPost(TelegramChannel.WebhookPath,
                (HttpRequest request, TelegramUpdateHandler handler, ILoggerFactory logs, CancellationToken cancellationToken) =>
                    ReceiveAsync(request, expected, handler, logs.CreateLogger(typeof(TelegramWebhookEndpoints)), cancellationToken))
            .WithTags("Telegram");
    }

    private static async Task<Results<Ok, UnauthorizedHttpResult>> ReceiveAsync(
        HttpRequest request, byte[] expected, TelegramUpdateHandler handler, ILogger log, CancellationToken cancellationToken)
    {
        var given = Encoding.UTF8.GetBytes(request.Headers[TelegramChannel.SecretHeader].ToString());
        if (!CryptographicOperations.FixedTimeEquals(given, expected))
        {
            return TypedResults.Unauthorized();
        }

        var body = await ReadBodyAsync(request, cancellationToken);
        if (body is null)
        {
            log.LogWarning("Telegram update unread: the body is over {Max} bytes; answered 200 so it is not redelivered", TelegramChannel.MaxUpdateBytes);
            return TypedResults.Ok();
        }

        Update? update;
        try
        {
            update = JsonSerializer.Deserialize<Update>(body, JsonBotAPI.Options);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Telegram.Bot's converters throw more than JsonException on odd input (a chat member without a known
            // status, a field of a newer Bot API): whatever the type, this update can never be read.
            log.LogWarning("Telegram update {UpdateId} unread ({Error}: {Reason}); answered 200 so it is not redelivered",
                UpdateIdOf(body), e.GetType().Name, e.Message);
            return TypedResults.Ok();
        }

        if (update is null)
        {
            log.LogWarning("Telegram update unread: the body is JSON null; answered 200 so it is not redelivered");
            return TypedResults.Ok();
        }

        await handler.HandleAsync(update, cancellationToken);
        return TypedResults.Ok();
    }

    /// <summary>The body, or null when it is larger than any update we asked for.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > TelegramChannel.MaxUpdateBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > TelegramChannel.MaxUpdateBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>For the log line: the update_id when the body is JSON with one, else "?".</summary>
    private static string UpdateIdOf(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("update_id", out var id) && id.ValueKind == JsonValueKind.Number
                ? id.GetRawText()
                : "?";
        }
        catch (JsonException)
        {
            return "?";
        }
    }
}
