using System.Text.Json.Serialization;
using LatsarBot.Channels.WebChat;
using LatsarBot.Hosting;
using LatsarBot.Core.Actualization;
using LatsarBot.Dialogs.Actualization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using LatsarBot.Documents.Evidence;
using LatsarBot.Learning.Actualization;

namespace LatsarBot.Endpoints;

/// <summary>
/// POST /api/webchat/{conversationId}/files: the web chat's attach button. The file streams straight into the
/// evidence store (size limit and type judged on the bytes) and the answer is the attachment URL the page then
/// sends with its message; the log dialog finds the file there by hash, for this conversation only.
/// </summary>
public static class WebChatFileEndpoints
{
    public static IEndpointRouteBuilder MapWebChatFileEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/webchat/{conversationId}/files", UploadAsync).WithTags("WebChat").DisableAntiforgery().RequireWebChatSession()
            .RateLimitedAs(RateLimits.Upload);
        return routes;
    }

    private static async Task<Results<Ok<WebChatUpload>, BadRequest<WebChatError>, JsonHttpResult<WebChatError>>> UploadAsync(
        string conversationId, HttpContext context, EvidenceStore store, EvidenceOptions options, CancellationToken cancellationToken)
    {
        if (!WebChatMapper.IsValidConversationId(conversationId))
        {
            return TypedResults.BadRequest(new WebChatError("invalid_conversation", WebChatMapper.ConversationIdRule));
        }

        var boundary = MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var type) ? HeaderUtilities.RemoveQuotes(type.Boundary).Value : null;
        if (string.IsNullOrEmpty(boundary))
        {
            return TypedResults.BadRequest(new WebChatError("not_multipart", "Send the file as multipart/form-data."));
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            // Past Kestrel's default, so our own limit (with a clear answer) is the one that applies.
            limit.MaxRequestBodySize = options.MaxBytes + 64 * 1024;
        }

        var reader = new MultipartReader(boundary, context.Request.Body);
        for (var section = await reader.ReadNextSectionAsync(cancellationToken); section is not null; section = await reader.ReadNextSectionAsync(cancellationToken))
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.IsFileDisposition())
            {
                continue;
            }

            var name = Path.GetFileName(HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? "file");
            var declared = section.ContentType ?? "application/octet-stream";
            var outcome = await store.SaveAsync((sink, ct) => section.Body.CopyToAsync(sink, ct), declared, options.MaxBytes, cancellationToken);
            return outcome switch
            {
                EvidenceOutcome.Stored stored => TypedResults.Ok(new WebChatUpload(
                    WebChatMapper.UploadUrl(conversationId, stored.Sha256), name, stored.ContentType, stored.Size, stored.Sha256)),
                EvidenceOutcome.Rejected { Verdict: EvidenceVerdict.TooLarge } => TypedResults.Json(
                    new WebChatError("too_large", $"The file is larger than {options.MaxMegabytes} MB."), statusCode: StatusCodes.Status413PayloadTooLarge),
                _ => TypedResults.Json(
                    new WebChatError("type_not_allowed", "Only JPEG, PNG, PDF and DOCX files are accepted."), statusCode: StatusCodes.Status415UnsupportedMediaType),
            };
        }

        return TypedResults.BadRequest(new WebChatError("no_file", "The form has no file."));
    }
}

/// <summary>An uploaded file: send <see cref="Url"/> (with <see cref="ContentType"/> as the kind) as an attachment of the next message.</summary>
public sealed record WebChatUpload(
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("contentType")] string ContentType,
    [property: JsonPropertyName("size")] long Size,
    [property: JsonPropertyName("sha256")] string Sha256);
