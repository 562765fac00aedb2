namespace LatsarBot.Data.Audit;

/// <summary>
/// The one way to record a staff action (issue 15, item 8). <see cref="Record"/> adds the entry to the caller's unit
/// of work, so it commits with the change it describes; <see cref="RecordAsync"/> also saves, for a caller whose change
/// is already tracked (or that has none of its own, such as an export).
/// </summary>
public static class AuditLog
{
    public const int ActorNameMaxLength = 200;
    public const int ActionMaxLength = 64;
    public const int SubjectMaxLength = 300;
    public const int DetailMaxLength = 2000;

    /// <param name="institutionId">The institution whose data changed; the actor's own when not given.</param>
    public static AuditEntry Record(
        LatsarDb db, DateTimeOffset at, AuditActor actor, string action, string subject, string? detail, AuditOrigin origin, int? institutionId = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(origin);
        var entry = new AuditEntry
        {
            At = at,
            ActorStaffId = actor.StaffId,
            ActorName = Cut(actor.Name, ActorNameMaxLength),
            ActorRole = actor.Role?.ToString(),
            InstitutionId = institutionId ?? actor.InstitutionId,
            Action = Cut(action, ActionMaxLength),
            Subject = Cut(subject, SubjectMaxLength),
            Detail = detail is null ? null : Cut(detail, DetailMaxLength),
            Channel = Cut(origin.Channel, AuditOrigin.ChannelMaxLength),
            Address = origin.Address is null ? null : Cut(origin.Address, AuditOrigin.AddressMaxLength),
        };
        db.Add(entry);
        return entry;
    }

    public static async Task<AuditEntry> RecordAsync(
        LatsarDb db, DateTimeOffset at, AuditActor actor, string action, string subject, string? detail, AuditOrigin origin,
        int? institutionId = null, CancellationToken cancellationToken = default)
    {
        var entry = Record(db, at, actor, action, subject, detail, origin, institutionId);
        await db.SaveChangesAsync(cancellationToken);
        return entry;
    }

    // An entry is never refused for being long: the column limits are PostgreSQL's, and losing the record is worse.
    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
