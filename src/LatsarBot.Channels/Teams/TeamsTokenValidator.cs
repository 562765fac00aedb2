using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LatsarBot.Channels.Teams;

/// <summary>
/// Checks the Bot Connector's bearer token as its authentication page requires: signed (RS256/384/512) by a key from
/// the OpenID metadata, issuer api.botframework.com, audience our app id, within its lifetime give or take the skew.
/// What the token says of the activity (its serviceurl claim, the key's endorsements) is checked against the activity
/// by <see cref="Matches"/>, once the body is read.
/// </summary>
public sealed class TeamsTokenValidator(TeamsOptions options, TeamsSigningKeys keys, TimeProvider time)
{
    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    /// <summary>An authentic token: the serviceurl it was issued for and the channels its signing key is endorsed for.</summary>
    public sealed record Authentic(string? ServiceUrl, IReadOnlyList<string> Endorsements);

    /// <summary>The token's verdict: null when it is not authentic (why goes to <paramref name="reason"/>).</summary>
    public async Task<(Authentic? Token, string? Reason)> ValidateAsync(string? authorization, CancellationToken cancellationToken)
    {
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.Ordinal) || authorization.Length <= 7)
        {
            return (null, "no bearer token");
        }

        var raw = authorization[7..].Trim();
        if (!_handler.CanReadToken(raw))
        {
            return (null, "not a JWT");
        }

        string? kid;
        try
        {
            kid = new JsonWebToken(raw).Kid;
        }
        catch (ArgumentException e)
        {
            return (null, $"unreadable JWT ({e.GetType().Name})");
        }

        var set = await keys.GetAsync(kid, cancellationToken);
        var result = await _handler.ValidateTokenAsync(raw, new TokenValidationParameters
        {
            ValidIssuer = options.Issuer,
            ValidAudience = options.AppId,
            IssuerSigningKeys = set.Keys,
            ValidAlgorithms = Algorithms,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = options.ClockSkew,
            TryAllIssuerSigningKeys = false,
            LifetimeValidator = (notBefore, expires, _, p) => WithinLifetime(notBefore, expires, p.ClockSkew),
        });
        if (!result.IsValid)
        {
            return (null, result.Exception?.GetType().Name ?? "invalid token");
        }

        var serviceUrl = result.ClaimsIdentity.FindFirst("serviceurl")?.Value ?? result.ClaimsIdentity.FindFirst("serviceUrl")?.Value;
        var endorsements = kid is not null && set.Endorsements.TryGetValue(kid, out var list) ? list : [];
        return (new Authentic(serviceUrl, endorsements), null);
    }

    /// <summary>The activity is the one the token was issued for: same serviceUrl, a channel the key is endorsed for, a host we allow.</summary>
    public string? Matches(Authentic token, string? serviceUrl, string? channelId)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (serviceUrl is null || !string.Equals(token.ServiceUrl, serviceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return "serviceUrl claim differs from the activity's";
        }

        if (channelId is null || !token.Endorsements.Contains(channelId, StringComparer.Ordinal))
        {
            return "signing key not endorsed for the channel";
        }

        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || !IsAllowedHost(uri))
        {
            return "serviceUrl host not allowed";
        }

        return null;
    }

    public bool IsAllowedHost(Uri uri) => options.EffectiveServiceUrlHosts.Contains(uri.Host, StringComparer.OrdinalIgnoreCase);

    /// <summary>On the host's clock, so a test's shifted clock and the token agree.</summary>
    private bool WithinLifetime(DateTime? notBefore, DateTime? expires, TimeSpan skew)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return expires is { } exp && now <= exp.ToUniversalTime() + skew && (notBefore is not { } nbf || now >= nbf.ToUniversalTime() - skew);
    }
}
