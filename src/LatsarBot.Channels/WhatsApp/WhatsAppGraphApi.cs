using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using LatsarBot.Bot.Outbox;
using Microsoft.Extensions.Logging;

namespace LatsarBot.Channels.WhatsApp;

/// <summary>
/// The one place the WhatsApp code calls the Graph API (there is no official .NET client): typed requests in, the
/// response or the failure read once by <see cref="WhatsAppErrors"/> out. Failures are returned, not thrown, so each
/// caller decides in plain sight what a refused call means to it. The bearer token is set here and never logged.
/// </summary>
public sealed class WhatsAppGraphApi(HttpClient http, WhatsAppOptions options, ILogger<WhatsAppGraphApi> log)
{
    public Task<GraphCall<WaSendResult>> SendAsync(WaOutgoing message, CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Post, $"{options.PhoneNumberId}/messages",
            JsonContent.Create(message, WhatsAppJson.Default.WaOutgoing), WhatsAppJson.Default.WaSendResult, cancellationToken);

    /// <summary>
    /// Uploads a file for sending by id (POST /{phone-number-id}/media, multipart): how a file Meta cannot fetch by link,
    /// a generated report on this host, reaches WhatsApp. The id is good for 30 days.
    /// </summary>
    public Task<GraphCall<WaUploaded>> UploadAsync(Stream file, string fileName, string mimeType, CancellationToken cancellationToken)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent("whatsapp"), "messaging_product" },
            { new StringContent(mimeType), "type" },
        };
        var part = new StreamContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue(mimeType);
        form.Add(part, "file", fileName);
        return CallAsync(HttpMethod.Post, $"{options.PhoneNumberId}/media", form, WhatsAppJson.Default.WaUploaded, cancellationToken);
    }

    /// <summary>Where a received file can be fetched for the next few minutes.</summary>
    public Task<GraphCall<WaMediaInfo>> MediaAsync(string mediaId, CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Get, Uri.EscapeDataString(mediaId), null, WhatsAppJson.Default.WaMediaInfo, cancellationToken);

    /// <summary>
    /// Streams the file at a URL <see cref="MediaAsync"/> gave into <paramref name="destination"/>; the URL needs the
    /// bearer token too. A broken transfer throws (the evidence contract's IOException / HttpRequestException).
    /// </summary>
    public async Task<GraphCall<bool>> DownloadAsync(Uri url, Stream destination, CancellationToken cancellationToken)
    {
        using var request = Authorized(HttpMethod.Get, url);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var error = await ErrorOfAsync(response, cancellationToken);
            return GraphCall<bool>.Failed(error, WhatsAppErrors.OutcomeOf(response.StatusCode, error));
        }

        await response.Content.CopyToAsync(destination, cancellationToken);
        return GraphCall<bool>.Done(true);
    }

    private async Task<GraphCall<TResponse>> CallAsync<TResponse>(HttpMethod method, string path, HttpContent? content,
        JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
    {
        using var request = Authorized(method, new Uri($"{options.GraphBaseUrl.TrimEnd('/')}/{path}"));
        request.Content = content;
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                var error = await ErrorOfAsync(response, cancellationToken);
                log.LogDebug("Graph {Method} {Path} refused: {Status} {Code} (fbtrace {Trace})", method, path, (int)response.StatusCode, error?.Code, error?.FbtraceId);
                return GraphCall<TResponse>.Failed(error, WhatsAppErrors.OutcomeOf(response.StatusCode, error));
            }

            var body = await response.Content.ReadFromJsonAsync(responseType, cancellationToken);
            return body is null
                ? GraphCall<TResponse>.Failed(null, new SendOutcome.Transient("empty Graph response"))
                : GraphCall<TResponse>.Done(body);
        }
        catch (Exception e) when (e is HttpRequestException or JsonException
            || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // Whether it reached Meta is unknown: tried again, like a 5xx.
            log.LogDebug(e, "Graph {Method} {Path} failed", method, path);
            return GraphCall<TResponse>.Failed(null, new SendOutcome.Transient(e.Message));
        }
    }

    private HttpRequestMessage Authorized(HttpMethod method, Uri url)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.AccessToken);
        return request;
    }

    /// <summary>The Graph error envelope, or null when the body is not one (a proxy's HTML page).</summary>
    private static async Task<WaError?> ErrorOfAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return (await response.Content.ReadFromJsonAsync(WhatsAppJson.Default.WaErrorEnvelope, cancellationToken))?.Error;
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            return null;
        }
    }
}
