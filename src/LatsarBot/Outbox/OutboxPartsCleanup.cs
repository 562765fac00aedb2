using LatsarBot.Channels;
using LatsarBot.Channels.Teams;
using LatsarBot.Channels.WhatsApp;
using LatsarBot.Data;
using LatsarBot.Data.Channels;
using LatsarBot.Data.Outbox;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Outbox;

/// <summary>
/// The accepted parts of a multi-part message are written down under <see cref="OutboxParts.Key"/> so a retry
/// resumes after them. The sender forgets them when the message is sent or fails on its own; this catches the rest (a
/// row given up by the dispatcher after its last retry, a crash in between): values of rows no longer pending.
/// </summary>
public static class OutboxPartsCleanup
{
    // The channels that split messages into parts.
    private static readonly string[] Splitting = [WhatsAppChannel.Name, TeamsChannel.Name];

    /// <summary>Returns how many values were forgotten.</summary>
    public static async Task<int> ForgetFinishedAsync(LatsarDb db, SqliteWriteGate gate, CancellationToken cancellationToken)
    {
        var keys = await db.ChannelValues.AsNoTracking()
            .Where(v => Splitting.Contains(v.Channel) && v.Key.StartsWith(OutboxParts.Prefix))
            .Select(v => new { v.Channel, v.Key })
            .ToListAsync(cancellationToken);
        if (keys.Count == 0)
        {
            return 0;
        }

        var ids = keys.Select(k => OutboxParts.RowOf(k.Key)).OfType<long>().Distinct().ToList();
        var pending = (await db.Outbox.AsNoTracking().Where(o => ids.Contains(o.Id) && o.Status == OutboxStatus.Pending).Select(o => o.Id).ToListAsync(cancellationToken)).ToHashSet();
        var forgotten = 0;
        foreach (var channel in keys.Where(k => OutboxParts.RowOf(k.Key) is not { } row || !pending.Contains(row)).GroupBy(k => k.Channel, k => k.Key))
        {
            await using (await gate.EnterAsync(db, cancellationToken))
            {
                forgotten += await db.ForgetAsync(channel.Key, [.. channel], cancellationToken);
            }
        }

        return forgotten;
    }
}
