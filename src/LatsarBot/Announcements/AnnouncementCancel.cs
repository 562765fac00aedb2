using LatsarBot.Core.Announcements;
using LatsarBot.Data;
using LatsarBot.Data.Announcements;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Announcements;

/// <summary>
/// Cancelling an announcement, the same for the CLI and the console: scheduled, it never fans out; running, its unsent
/// rows are withdrawn at once. The scheduler's trigger is removed by the caller (or by <see cref="AnnouncementService"/>'s next pass).
/// </summary>
public static class AnnouncementCancel
{
    /// <summary>The number of unsent messages withdrawn, or null when it does not exist, has finished or was cancelled already.</summary>
    public static async Task<int?> TryAsync(LatsarDb db, SqliteWriteGate gate, int id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(gate);
        await using (await gate.EnterAsync(db, cancellationToken))
        {
            var announcement = await db.Announcements.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
            var cancelled = 0;
            if (announcement?.TryWithdraw(now) == true)
            {
                // Written only while it is still withdrawable: the fan-out may have closed it since it was read.
                var (status, cancelledAt) = (announcement.Status, announcement.CancelledAt);
                cancelled = await db.Announcements.Where(a => a.Id == id).Where(Announcement.Withdrawable)
                    .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, status).SetProperty(a => a.CancelledAt, cancelledAt), cancellationToken);
            }

            return cancelled == 0 ? null : await AnnouncementReports.WithdrawPendingAsync(db, id, cancellationToken);
        }
    }
}
