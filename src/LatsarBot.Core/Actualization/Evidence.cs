namespace LatsarBot.Core.Actualization;

/// <summary>
/// A file attached to a log entry, kept in the evidence store under the SHA-256 of its bytes (the same bytes sent
/// twice are stored once). <see cref="StoragePath"/> is relative to the store (<see cref="EvidenceRules.StoragePath"/>).
/// </summary>
public class Evidence
{
    public int Id { get; set; }

    public int LogEntryId { get; set; }

    /// <summary>Lowercase hex SHA-256 of the file's bytes.</summary>
    public required string Sha256 { get; set; }

    /// <summary>The type the bytes showed (one of <see cref="EvidenceRules.AllowedTypes"/>).</summary>
    public required string ContentType { get; set; }

    public long? Size { get; set; }

    public string? OriginalName { get; set; }

    public required string StoragePath { get; set; }
}
