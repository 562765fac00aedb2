using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace LatsarBot.Testing.FakeTeams;

/// <summary>An RSA signing key as the Bot Connector publishes it: a kid, the public half in the JWKS, and the channels it is endorsed for.</summary>
public sealed class FakeSigningKey : IDisposable
{
    private readonly RSA _rsa = RSA.Create(2048);

    public FakeSigningKey(string kid, params string[] endorsements)
    {
        Kid = kid;
        Endorsements = endorsements;
        Key = new RsaSecurityKey(_rsa) { KeyId = kid };
    }

    public string Kid { get; }

    public IReadOnlyList<string> Endorsements { get; }

    public RsaSecurityKey Key { get; }

    /// <summary>The JWKS entry: kty, use, kid, modulus and exponent, and the Bot Connector's endorsements.</summary>
    public object Jwk()
    {
        var parameters = _rsa.ExportParameters(false);
        return new
        {
            kty = "RSA",
            use = "sig",
            kid = Kid,
            n = Base64UrlEncoder.Encode(parameters.Modulus),
            e = Base64UrlEncoder.Encode(parameters.Exponent),
            endorsements = Endorsements,
        };
    }

    public void Dispose() => _rsa.Dispose();
}
