using LatsarBot.Channels.WhatsApp;
using LatsarBot.Data;
using LatsarBot.Data.Channels;
using LatsarBot.Data.Outbox;
using LatsarBot.Testing;
using LatsarBot.Outbox;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.WhatsApp.Tests.Window;

/// <summary>
/// The parts of a multi-part message already accepted are written down for a resume; once the row is no longer pending
/// (sent, given up after its last retry, held) the sweep forgets them. A pending row's progress is kept: its retry needs it.
/// </summary>
public sealed class WhatsAppPartsCleanupTests
{
    [Fact]
    public async Task Sweep_ForgetsTheProgressOfFinishedRows_KeepsThePendingOnes()
    {
        await using var database = TestDatabase.Sqlite();
        await database.MigrateAsync();
        var now = DateTimeOffset.UtcNow;
        var rows = new Dictionary<OutboxStatus, OutboxMessage>();
        await using (var db = database.NewContext())
        {
            foreach (var status in new[] { OutboxStatus.Pending, OutboxStatus.Sent, OutboxStatus.Failed })
            {
                var row = OutboxMessage.Proactive("whatsapp", "62812000000" + (int)status, 1, "{}", 0, null, null, now);
                row.Status = status;
                db.Outbox.Add(row);
                rows[status] = row;
            }

            await db.SaveChangesAsync();
            foreach (var row in rows.Values)
            {
                db.ChannelValues.Add(new ChannelValue { Channel = "whatsapp", Key = Channels.OutboxParts.Key(row.Id), Value = "wamid.a wamid.b", UpdatedAt = now });
            }

            // Not a row's progress at all, and another channel's value under the same name: neither is touched.
            db.ChannelValues.Add(new ChannelValue { Channel = "whatsapp", Key = "inbound:6281200000001", Value = "x", UpdatedAt = now });
            db.ChannelValues.Add(new ChannelValue { Channel = "telegram", Key = Channels.OutboxParts.Key(rows[OutboxStatus.Sent].Id), Value = "x", UpdatedAt = now });
            await db.SaveChangesAsync();
        }

        await using var sweep = database.NewContext();
        var forgotten = await OutboxPartsCleanup.ForgetFinishedAsync(sweep, new SqliteWriteGate(), CancellationToken.None);

        Assert.Equal(2, forgotten);
        var left = await sweep.ChannelValues.AsNoTracking().OrderBy(v => v.Channel).ThenBy(v => v.Key).Select(v => v.Channel + " " + v.Key).ToListAsync();
        Assert.Equal(
            new[] { $"telegram parts:{rows[OutboxStatus.Sent].Id}", "whatsapp inbound:6281200000001", $"whatsapp parts:{rows[OutboxStatus.Pending].Id}" }.Order(StringComparer.Ordinal),
            left.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Sweep_CoversTeamsToo_TheOtherChannelThatSplitsMessages()
    {
        await using var database = TestDatabase.Sqlite();
        await database.MigrateAsync();
        var now = DateTimeOffset.UtcNow;
        await using (var db = database.NewContext())
        {
            var sent = OutboxMessage.Proactive("teams", "a:sent", 1, "{}", 0, null, null, now);
            sent.Status = OutboxStatus.Sent;
            var pending = OutboxMessage.Proactive("teams", "a:pending", 1, "{}", 0, null, null, now);
            db.Outbox.AddRange(sent, pending);
            await db.SaveChangesAsync();
            db.ChannelValues.AddRange(
                new ChannelValue { Channel = "teams", Key = Channels.OutboxParts.Key(sent.Id), Value = "1 2", UpdatedAt = now },
                new ChannelValue { Channel = "teams", Key = Channels.OutboxParts.Key(pending.Id), Value = "1", UpdatedAt = now });
            await db.SaveChangesAsync();
        }

        await using var sweep = database.NewContext();
        var forgotten = await OutboxPartsCleanup.ForgetFinishedAsync(sweep, new SqliteWriteGate(), CancellationToken.None);

        Assert.Equal(1, forgotten);
        var pendingId = await sweep.Outbox.Where(o => o.Status == OutboxStatus.Pending).Select(o => o.Id).SingleAsync();
        Assert.Equal([Channels.OutboxParts.Key(pendingId)], await sweep.ChannelValues.Where(v => v.Channel == "teams").Select(v => v.Key).ToListAsync());
    }
}
