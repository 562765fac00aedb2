using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace LatsarBot.Channels.Teams;

/// <summary>One connector call's answer: the HTTP status, the id Teams gave the activity, the wait it asked for, and the error body.</summary>
public sealed record ConnectorAnswer(HttpStatusCode Status, string? Id, TimeSpan? RetryAfter, string? Error)
{
    public bool Ok => (int)Status is >= 200 and < 300;
}

/// <summary>
/// The Bot Connector REST calls the adapter makes, each with the app token (fetched again once when the connector
/// answers 401): send an activity to a conversation, or as a reply to one of its activities.
/// </summary>
public sealed class TeamsConnector(HttpClient http, TeamsAppToken token)
{
    public Task<ConnectorAnswer> SendAsync(string serviceUrl, string conversationId, JsonObject activity, string? replyToId, CancellationToken cancellationToken)
    {
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities" + (replyToId is null ? "" : "/" + Uri.EscapeDataString(replyToId));
        return PostAsync(new Uri(new Uri(serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/"), path), activity, cancellationToken);
    }

    /// <summary>POST /v3/conversations: a personal chat with a user, or a new thread in a team channel; the answer's id is the conversation's.</summary>
    public Task<ConnectorAnswer> CreateConversationAsync(string serviceUrl, JsonObject parameters, CancellationToken cancellationToken) =>
        PostAsync(new Uri(new Uri(serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/"), "v3/conversations"), parameters, cancellationToken);

    /// <summary>GET /v3/conversations/{id}/members/{userId}: the member as Teams knows them (userPrincipalName, email, tenantId), or null.</summary>
    public async Task<JsonObject?> MemberAsync(string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken)
    {
        var url = new Uri(new Uri(serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/"),
            $"v3/conversations/{Uri.EscapeDataString(conversationId)}/members/{Uri.EscapeDataString(userId)}");
        for (var attempt = 0; ; attempt++)
        {
            var bearer = await token.GetAsync(cancellationToken);
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
            using var response = await http.SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.Unauthorized && attempt == 0)
            {
                token.Invalidate(bearer);
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                return null;
            }

            try
            {
                return JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken)) as JsonObject;
            }
            catch (System.Text.Json.JsonException)
            {
                return null;
            }
        }
    }

    /// <summary>
    /// Streams a file into <paramref name="destination"/>: false when it is not there (404, 403, 410); a failure that may
    /// pass throws, as the evidence contract says. The bot token goes only with <paramref name="withToken"/>.
    /// </summary>
    public async Task<bool> DownloadAsync(Uri url, Stream destination, bool withToken, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var bearer = withToken ? await token.GetAsync(cancellationToken) : null;
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (bearer is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
            }

            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (response.StatusCode == HttpStatusCode.Unauthorized && bearer is not null && attempt == 0)
            {
                token.Invalidate(bearer);
                continue;
            }

            if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden or HttpStatusCode.Gone)
            {
                return false;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException($"Teams file download answered {(int)response.StatusCode}", null, response.StatusCode);
            }

            await response.Content.CopyToAsync(destination, cancellationToken);
            return true;
        }
    }

    private async Task<ConnectorAnswer> PostAsync(Uri url, JsonObject body, CancellationToken cancellationToken)
    {
        var json = body.ToJsonString();
        for (var attempt = 0; ; attempt++)
        {
            var bearer = await token.GetAsync(cancellationToken);
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
            using var response = await http.SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.Unauthorized && attempt == 0)
            {
                token.Invalidate(bearer);
                continue;
            }

            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            string? id = null;
            if (response.IsSuccessStatusCode && text.Length > 0)
            {
                try
                {
                    id = JsonNode.Parse(text)?["id"]?.ToString();
                }
                catch (System.Text.Json.JsonException)
                {
                    // A 2xx is a delivery whatever its body says.
                }
            }

            var retryAfter = response.Headers.RetryAfter is { } r ? r.Delta ?? (r.Date - DateTimeOffset.UtcNow) : null;
            return new ConnectorAnswer(response.StatusCode, id, retryAfter, response.IsSuccessStatusCode ? null : text);
        }
    }
}
