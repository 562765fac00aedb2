using System.Globalization;
using LatsarBot.Channels.WhatsApp;
using LatsarBot.Data;
using LatsarBot.Data.Outbox;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Outbox;

/// <summary>
/// The accepted parts of a multi-part message are written down under <see cref="WhatsAppSender.PartsKey"/> so a retry
/// resumes after them. The sender forgets them when the message is sent or fails on its own; this catches the rest (a
/// row given up by the dispatcher after its last retry, a crash in between): values of rows no longer pending.
/// </summary>
public static class WhatsAppPartsCleanup
{
    /// <summary>Returns how many values were forgotten.</summary>
    public static async Task<int> ForgetFinishedAsync(LatsarDb db, SqliteWriteGate gate, CancellationToken cancellationToken)
    {
        var keys = await db.ChannelValues.AsNoTracking()
            .Where(v => v.Channel == WhatsAppChannel.Name && v.Key.StartsWith(WhatsAppSender.PartsPrefix))
            .Select(v => v.Key)
            .ToListAsync(cancellationToken);
        if (keys.Count == 0)
        {
            return 0;
        }

        var rows = keys.ToDictionary(k => k, k => long.TryParse(k.AsSpan(WhatsAppSender.PartsPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : -1);
        var ids = rows.Values.Where(id => id >= 0).Distinct().ToList();
        var pending = (await db.Outbox.AsNoTracking().Where(o => ids.Contains(o.Id) && o.Status == OutboxStatus.Pending).Select(o => o.Id).ToListAsync(cancellationToken)).ToHashSet();
        var finished = rows.Where(r => !pending.Contains(r.Value)).Select(r => r.Key).ToList();
        if (finished.Count == 0)
        {
            return 0;
        }

        await using (await gate.EnterAsync(db, cancellationToken))
        {
            return await db.ChannelValues.Where(v => v.Channel == WhatsAppChannel.Name && finished.Contains(v.Key)).ExecuteDeleteAsync(cancellationToken);
        }
    }
}
