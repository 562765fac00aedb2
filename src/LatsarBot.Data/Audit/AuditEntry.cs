namespace LatsarBot.Data.Audit;

/// <summary>
/// One staff action that changed data (issue 15, item 8): who, when, what, on what, from where. Written through
/// <see cref="AuditLog"/> in the same unit of work as the change, so a change that rolls back leaves no entry and a
/// committed one always has its entry. Never updated or deleted by the application.
/// </summary>
public class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The member of staff, or null for the CLI run by whoever has the server's shell.</summary>
    public int? ActorStaffId { get; set; }

    /// <summary>The actor's name as it was then, so the entry still reads right after a rename or removal.</summary>
    public required string ActorName { get; set; }

    /// <summary>The actor's role as it was then (<c>Role</c>'s name), null for the CLI.</summary>
    public string? ActorRole { get; set; }

    /// <summary>The institution whose data changed: an organiser sees the entries of their own institution.</summary>
    public int? InstitutionId { get; set; }

    /// <summary>A stable id from <see cref="AuditActions"/>, e.g. <c>roster.import</c>.</summary>
    public required string Action { get; set; }

    /// <summary>What it was done to, in words: "Kelas A · Angkatan I", "pengumuman 12".</summary>
    public required string Subject { get; set; }

    /// <summary>What changed, briefly: "30 rows: 27 created, 3 updated".</summary>
    public string? Detail { get; set; }

    /// <summary>console, cli, telegram, whatsapp, webchat …</summary>
    public required string Channel { get; set; }

    /// <summary>The client's IP address for the console; null where there is none (CLI, chat).</summary>
    public string? Address { get; set; }
}
