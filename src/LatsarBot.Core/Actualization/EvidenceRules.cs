namespace LatsarBot.Core.Actualization;

/// <summary>
/// Which evidence files the logbook keeps (issue 5, item 8): photos (JPEG, PNG), PDF and Word (DOCX), up to a
/// size limit. The type is judged on the bytes (<see cref="Sniff"/>) once they are here, because a channel's
/// declared type is only the sender's word; before that, the declared type and size reject early.
/// </summary>
public static class EvidenceRules
{
    public const long DefaultMaxBytes = 10L * 1024 * 1024;

    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";
    public const string Pdf = "application/pdf";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>Bytes <see cref="Sniff"/> needs from the start of a file.</summary>
    public const int SniffBytes = 8;

    public static IReadOnlySet<string> AllowedTypes { get; } = new HashSet<string>(StringComparer.Ordinal) { Jpeg, Png, Pdf, Docx };

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

    /// <summary>
    /// The allowed type the first bytes show, or null. A DOCX is a ZIP archive, so a ZIP is taken as DOCX only when
    /// the sender declared DOCX: a plain ZIP (or XLSX) is refused as its declared type.
    /// </summary>
    public static string? Sniff(ReadOnlySpan<byte> head, string declaredType)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return Jpeg;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Png;
        }

        if (head.StartsWith("%PDF-"u8))
        {
            return Pdf;
        }

        return head.StartsWith((ReadOnlySpan<byte>)[(byte)'P', (byte)'K', 3, 4]) && Normalize(declaredType) == Docx ? Docx : null;
    }

    /// <summary>Where a file with this hash lives inside the store: two levels of fan-out keep folders small.</summary>
    public static string StoragePath(string sha256) => $"{sha256[..2]}/{sha256}";
}
