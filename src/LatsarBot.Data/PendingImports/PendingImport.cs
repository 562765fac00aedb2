namespace LatsarBot.Data.PendingImports;

/// <summary>
/// An uploaded roster between its preview and the organiser's confirmation: the file itself, so the confirmation
/// imports exactly what was previewed without a second upload. Found only by its random token together with the
/// member of staff and the class it was uploaded for; it expires, and a confirmation uses it up.
/// </summary>
public class PendingImport
{
    public const int TokenLength = 32;
    public const int FileNameMaxLength = 200;

    public long Id { get; set; }

    /// <summary>128 random bits as hex, carried by the confirmation form.</summary>
    public required string Token { get; set; }

    public int StaffId { get; set; }

    public int ClassId { get; set; }

    public required string FileName { get; set; }

    public required byte[] Content { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>Set once, by the one confirmation that imported it: a conditional update, so a double submit imports once.</summary>
    public DateTimeOffset? UsedAt { get; set; }
}
