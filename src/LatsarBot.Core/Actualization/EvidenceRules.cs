using System.Security.Cryptography;
using System.Text;

namespace LatsarBot.Core.Actualization;

/// <summary>
/// Which evidence files the logbook keeps (issue 5, item 8): photos (JPEG, PNG), PDF and Word (DOCX), up to a
/// size limit. A file whose size the channel does not tell is judged on its type alone.
/// </summary>
public static class EvidenceRules
{
    public const long DefaultMaxBytes = 10L * 1024 * 1024;

    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static IReadOnlySet<string> AllowedTypes { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "image/jpeg", "image/png", "application/pdf", Docx,
    };

    public static EvidenceVerdict Check(string contentType, long? size, long maxBytes = DefaultMaxBytes)
    {
        if (!AllowedTypes.Contains(Normalize(contentType)))
        {
            return EvidenceVerdict.TypeNotAllowed;
        }

        return size is { } known && known > maxBytes ? EvidenceVerdict.TooLarge : EvidenceVerdict.Accepted;
    }

    /// <summary>"Image/JPEG; charset=x" → "image/jpeg": channels differ in case and parameters.</summary>
    public static string Normalize(string contentType) => contentType.Split(';', 2)[0].Trim().ToLowerInvariant();

    /// <summary>Lowercase hex SHA-256, the key evidence is stored under.</summary>
    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
