using LatsarBot.Core.Announcements;
using LatsarBot.Data;
using LatsarBot.Data.Announcements;
using LatsarBot.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Announcements;

/// <summary>
/// Cancelling an announcement, the same for the CLI and the console: scheduled, it never fans out; running, its unsent
/// rows are withdrawn at once, and the audit entry is written in the same transaction. The scheduler's trigger is
/// removed by the caller (or by <see cref="AnnouncementService"/>'s next pass).
/// </summary>
public static class AnnouncementCancel
{
    /// <summary>The number of unsent messages withdrawn, or null when it does not exist, has finished or was cancelled already.</summary>
    public static async Task<int?> TryAsync(
        LatsarDb db, SqliteWriteGate gate, int id, DateTimeOffset now, AuditActor actor, AuditOrigin origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(gate);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(origin);
        await using (await gate.EnterAsync(db, cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var announcement = await db.Announcements.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
            var cancelled = 0;
            if (announcement?.TryWithdraw(now) == true)
            {
                // Written only while it is still withdrawable: the fan-out may have closed it since it was read.
                var (status, cancelledAt) = (announcement.Status, announcement.CancelledAt);
                cancelled = await db.Announcements.Where(a => a.Id == id).Where(Announcement.Withdrawable)
                    .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, status).SetProperty(a => a.CancelledAt, cancelledAt), cancellationToken);
            }

            if (cancelled == 0)
            {
                return null;
            }

            var withdrawn = await AnnouncementReports.WithdrawPendingAsync(db, id, cancellationToken);
            await AuditLog.RecordAsync(db, now, actor, AuditActions.AnnouncementCancel, $"announcement {id}: {announcement!.AudienceLabel}",
                $"{withdrawn} unsent messages withdrawn", origin, announcement.InstitutionId, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return withdrawn;
        }
    }
}
