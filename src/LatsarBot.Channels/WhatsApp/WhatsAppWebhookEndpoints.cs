using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace LatsarBot.Channels.WhatsApp;

/// <summary>
/// GET /api/whatsapp answers Meta's verification; POST /api/whatsapp checks the signature over the raw bytes before
/// anything reads them, then answers every authentic body 200, even one it cannot read: Meta redelivers anything else
/// for a day and disables a webhook that keeps failing.
/// </summary>
public static class WhatsAppWebhookEndpoints
{
    public static IEndpointRouteBuilder MapWhatsAppWebhook(this IEndpointRouteBuilder routes, WhatsAppOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var signature = new WhatsAppSignature(options.AppSecret!);
        routes.MapGet(WhatsAppChannel.WebhookPath, (HttpRequest request) => Verify(request, options.VerifyToken!)).WithTags("WhatsApp");
        routes.MapPost(WhatsAppChannel.WebhookPath,
                (HttpRequest request, WhatsAppUpdateHandler handler, ILogger<WhatsAppUpdateHandler> log, CancellationToken cancellationToken) =>
                    ReceiveAsync(request, signature, options.PhoneNumberId!, handler, log, cancellationToken))
            .WithTags("WhatsApp");
        return routes;
    }

    /// <summary>hub.mode=subscribe with our verify token → the challenge echoed as plain text; anything else 403.</summary>
    private static Results<ContentHttpResult, StatusCodeHttpResult> Verify(HttpRequest request, string verifyToken)
    {
        var query = request.Query;
        var token = System.Text.Encoding.UTF8.GetBytes(query["hub.verify_token"].ToString());
        var expected = System.Text.Encoding.UTF8.GetBytes(verifyToken);
        return query["hub.mode"] == "subscribe" && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(token, expected)
            ? TypedResults.Text(query["hub.challenge"].ToString(), "text/plain")
            : TypedResults.StatusCode(StatusCodes.Status403Forbidden);
    }

    private static async Task<Results<Ok, UnauthorizedHttpResult>> ReceiveAsync(HttpRequest request, WhatsAppSignature signature,
        string phoneNumberId, WhatsAppUpdateHandler handler, ILogger log, CancellationToken cancellationToken)
    {
        var body = await RawBodyAsync(request, cancellationToken);
        if (body is null || !signature.IsValid(body, request.Headers[WhatsAppChannel.SignatureHeader].ToString()))
        {
            // A body too big to be Meta's is treated as unsigned: nothing past the limit is ever read.
            return TypedResults.Unauthorized();
        }

        WaWebhook? update;
        try
        {
            update = JsonSerializer.Deserialize(body, WhatsAppJson.Default.WaWebhook);
        }
        catch (JsonException e)
        {
            log.LogWarning("WhatsApp webhook body unreadable ({Error}); answered 200 so Meta does not redeliver it", e.Message);
            return TypedResults.Ok();
        }

        if (update is null)
        {
            log.LogWarning("WhatsApp webhook body was null; answered 200");
            return TypedResults.Ok();
        }

        await handler.HandleAsync(WhatsAppUpdateMapper.Map(update, phoneNumberId), cancellationToken);
        return TypedResults.Ok();
    }

    /// <summary>The bytes exactly as sent (the HMAC is over them), or null past the size limit.</summary>
    private static async Task<byte[]?> RawBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > WhatsAppChannel.MaxUpdateBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > WhatsAppChannel.MaxUpdateBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
