using LatsarBot.Data;
using LatsarBot.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Cli;

/// <summary>
/// The audit entry of a CLI command that changed data, written right after its change committed: the actor is the CLI
/// (the shell account), the origin "cli". The institution is found by its name or by a cohort's, when the command names one.
/// </summary>
internal static class CliAudit
{
    public static async Task RecordAsync(
        IServiceProvider services, string action, string subject, string? detail, string? institution = null, string? cohort = null, CancellationToken cancellationToken = default)
    {
        var db = services.GetRequiredService<LatsarDb>();
        db.ChangeTracker.Clear();
        int? institutionId = null;
        if (institution is not null)
        {
            var lowered = institution.Trim().ToLowerInvariant();
            institutionId = await db.Institutions.Where(i => i.Name.ToLower() == lowered).OrderBy(i => i.Id).Select(i => (int?)i.Id).FirstOrDefaultAsync(cancellationToken);
        }
        else if (cohort is not null)
        {
            institutionId = await db.Cohorts.Where(c => c.Name == cohort).OrderBy(c => c.Id).Select(c => (int?)c.InstitutionId).FirstOrDefaultAsync(cancellationToken);
        }

        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        await AuditLog.RecordAsync(db, now, AuditActor.Cli, action, subject, detail, AuditOrigin.Cli, institutionId, cancellationToken);
    }
}
