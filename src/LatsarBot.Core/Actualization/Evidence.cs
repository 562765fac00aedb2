namespace LatsarBot.Core.Actualization;

/// <summary>
/// A file attached to a log entry. While files are not fetched inside a turn, <see cref="Sha256"/> is the hash of
/// the channel's URL or file reference and <see cref="StoragePath"/> is that reference; a later download job can
/// replace both with the hash of the bytes and the local path.
/// </summary>
public class Evidence
{
    public int Id { get; set; }

    public int LogEntryId { get; set; }

    public required string Sha256 { get; set; }

    public required string ContentType { get; set; }

    /// <summary>Bytes, when the channel told; null otherwise.</summary>
    public long? Size { get; set; }

    public string? OriginalName { get; set; }

    public required string StoragePath { get; set; }
}
