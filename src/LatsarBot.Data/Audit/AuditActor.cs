using LatsarBot.Core.Participants;

namespace LatsarBot.Data.Audit;

/// <summary>Who did it: a member of staff as they are at the time, or the CLI.</summary>
public sealed record AuditActor(int? StaffId, string Name, Role? Role, int? InstitutionId)
{
    /// <summary>The command line: whoever has a shell on the server, named by the operating-system account.</summary>
    public static AuditActor Cli { get; } = new(null, $"CLI ({Environment.UserName})", null, null);

    public static AuditActor Of(StaffMember staff)
    {
        ArgumentNullException.ThrowIfNull(staff);
        return new(staff.Id, staff.Name, staff.StaffRole, staff.InstitutionId);
    }
}
