using System.Security.Cryptography;
using System.Text;

namespace LatsarBot.Channels.WhatsApp;

/// <summary>
/// X-Hub-Signature-256: "sha256=" and the lowercase hex HMAC-SHA256 of the raw body, keyed with the app secret.
/// Compared in constant time on the decoded bytes, so neither the hex case nor timing tells an attacker anything.
/// </summary>
public sealed class WhatsAppSignature(string appSecret)
{
    private const string Prefix = "sha256=";

    private readonly byte[] _key = Encoding.UTF8.GetBytes(appSecret);

    public bool IsValid(ReadOnlySpan<byte> body, string? header)
    {
        if (header is null || !header.StartsWith(Prefix, StringComparison.Ordinal) || header.Length != Prefix.Length + 64)
        {
            return false;
        }

        Span<byte> given = stackalloc byte[32];
        if (Convert.FromHexString(header.AsSpan(Prefix.Length), given, out _, out var written) != System.Buffers.OperationStatus.Done || written != 32)
        {
            return false;
        }

        Span<byte> expected = stackalloc byte[32];
        HMACSHA256.HashData(_key, body, expected);
        return CryptographicOperations.FixedTimeEquals(given, expected);
    }

    /// <summary>The header value for a body, as Meta computes it (the fake Graph API signs with it).</summary>
    public string Sign(ReadOnlySpan<byte> body) => Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(_key, body));
}
