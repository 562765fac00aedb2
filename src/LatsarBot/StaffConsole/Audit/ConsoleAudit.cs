using LatsarBot.Data;
using LatsarBot.Data.Audit;

namespace LatsarBot.StaffConsole.Audit;

/// <summary>
/// The console's side of <see cref="AuditLog"/>: the signed-in user as the actor and the client's address as the
/// origin, so every data-changing handler records its entry in one line, in the same unit of work as its change.
/// </summary>
public static class ConsoleAudit
{
    public static AuditActor Actor(ConsoleUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new(user.StaffId, user.Name, user.Role, user.InstitutionId);
    }

    public static AuditOrigin Origin(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return AuditOrigin.Console(http.Connection.RemoteIpAddress);
    }

    /// <summary>Adds the entry to <paramref name="db"/>'s unit of work; the caller's save commits it with the change.</summary>
    public static AuditEntry Record(HttpContext http, LatsarDb db, ConsoleUser user, string action, string subject, string? detail, int institutionId)
    {
        ArgumentNullException.ThrowIfNull(http);
        return AuditLog.Record(db, Now(http), Actor(user), action, subject, detail, Origin(http), institutionId);
    }

    public static DateTimeOffset Now(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
    }

    /// <summary>
    /// A person named in an entry: the name and only the NIP's last four digits, enough to tell two namesakes apart
    /// without the log becoming a second copy of the roster (the NIP carries the birth date).
    /// </summary>
    public static string Person(string name, string? nip) =>
        nip is { Length: > 4 } ? $"{name} (NIP …{nip[^4..]})" : name;
}
