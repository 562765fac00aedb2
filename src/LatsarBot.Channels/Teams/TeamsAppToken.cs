using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace LatsarBot.Channels.Teams;

/// <summary>
/// The bot's own token for the connector, by Entra's client-credentials grant: kept until five minutes before it
/// expires, so a send never carries one that runs out on the way; a 401 drops it so the next call fetches a new one.
/// </summary>
public sealed class TeamsAppToken(HttpClient http, TeamsOptions options, TimeProvider time)
{
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim _fetching = new(1, 1);
    private (string Token, DateTimeOffset Until)? _current;

    public async Task<string> GetAsync(CancellationToken cancellationToken)
    {
        if (_current is { } current && time.GetUtcNow() < current.Until)
        {
            return current.Token;
        }

        await _fetching.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } fetched && time.GetUtcNow() < fetched.Until)
            {
                return fetched.Token;
            }

            using var response = await http.PostAsync(options.EffectiveTokenUrl, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = options.AppId!,
                ["client_secret"] = options.AppPassword!,
                ["scope"] = options.Scope,
            }), cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                // Entra's error names the cause (AADSTS…) but never the secret; it is what an operator needs to see.
                throw new HttpRequestException($"Teams app token refused: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}",
                    null, response.StatusCode);
            }

            var token = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken)
                ?? throw new HttpRequestException("Teams app token response was empty");
            _current = (token.AccessToken, time.GetUtcNow() + TimeSpan.FromSeconds(token.ExpiresIn) - Margin);
            return token.AccessToken;
        }
        finally
        {
            _fetching.Release();
        }
    }

    /// <summary>The connector refused this token: the next call fetches another (unless one was fetched meanwhile).</summary>
    public void Invalidate(string token)
    {
        if (_current is { } current && current.Token == token)
        {
            _current = null;
        }
    }

    private sealed record TokenResponse([property: JsonPropertyName("access_token")] string AccessToken, [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
