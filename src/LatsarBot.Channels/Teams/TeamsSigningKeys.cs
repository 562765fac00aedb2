using System.Text.Json;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace LatsarBot.Channels.Teams;

/// <summary>
/// The Bot Connector's signing keys and their endorsements (the channel ids each key may sign for), from the OpenID
/// metadata and its JWKS. Kept for <see cref="TeamsOptions.KeyLifetime"/> and fetched again when a token names a key
/// we do not hold (Microsoft rotates keys). This is not the library's ConfigurationManager: after its first fetch it
/// refreshes in the background and hands back the old keys meanwhile, so a retry after an unknown key id would race
/// the refresh; here the retry waits for the new keys.
/// </summary>
public sealed class TeamsSigningKeys(TeamsOptions options, IDocumentRetriever documents, TimeProvider time)
{
    private readonly SemaphoreSlim _fetching = new(1, 1);
    private KeySet? _current;
    private DateTimeOffset _lastFetch = DateTimeOffset.MinValue;

    public sealed record KeySet(IReadOnlyList<SecurityKey> Keys, IReadOnlyDictionary<string, IReadOnlyList<string>> Endorsements, DateTimeOffset FetchedAt)
    {
        public bool Has(string? kid) => kid is not null && Keys.Any(k => k.KeyId == kid);
    }

    /// <summary>The keys in use; fetched again first when <paramref name="kid"/> is not among them (at most once per minimum interval).</summary>
    public async Task<KeySet> GetAsync(string? kid, CancellationToken cancellationToken)
    {
        var current = _current;
        var now = time.GetUtcNow();
        if (current is not null && now - current.FetchedAt < options.KeyLifetime
            && (current.Has(kid) || now - _lastFetch < options.KeyRefreshMinInterval))
        {
            return current;
        }

        await _fetching.WaitAsync(cancellationToken);
        try
        {
            // Another request may have fetched while this one waited.
            current = _current;
            now = time.GetUtcNow();
            if (current is not null && now - current.FetchedAt < options.KeyLifetime
                && (current.Has(kid) || now - _lastFetch < options.KeyRefreshMinInterval))
            {
                return current;
            }

            _lastFetch = now;
            _current = await FetchAsync(now, cancellationToken);
            return _current;
        }
        finally
        {
            _fetching.Release();
        }
    }

    private async Task<KeySet> FetchAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var metadata = await OpenIdConnectConfigurationRetriever.GetAsync(options.OpenIdMetadataUrl, documents, cancellationToken);

        // The library reads the keys; the endorsements are the Bot Connector's own field, so the JWKS is read once more for them.
        var jwks = await documents.GetDocumentAsync(metadata.JwksUri, cancellationToken);
        var endorsements = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        using (var document = JsonDocument.Parse(jwks))
        {
            if (document.RootElement.TryGetProperty("keys", out var keys) && keys.ValueKind == JsonValueKind.Array)
            {
                foreach (var key in keys.EnumerateArray())
                {
                    if (key.ValueKind == JsonValueKind.Object && key.TryGetProperty("kid", out var kid) && kid.ValueKind == JsonValueKind.String
                        && key.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array)
                    {
                        endorsements[kid.GetString()!] = list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList();
                    }
                }
            }
        }

        return new KeySet(metadata.SigningKeys.ToList(), endorsements, now);
    }
}
