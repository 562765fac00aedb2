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
                db.ChannelValues.Add(new ChannelValue { Channel = "whatsapp", Key = WhatsAppSender.PartsKey(row.Id), Value = "wamid.a wamid.b", UpdatedAt = now });
            }

            // Not a row's progress at all, and another channel's value under the same name: neither is touched.
            db.ChannelValues.Add(new ChannelValue { Channel = "whatsapp", Key = "inbound:6281200000001", Value = "x", UpdatedAt = now });
            db.ChannelValues.Add(new ChannelValue { Channel = "telegram", Key = WhatsAppSender.PartsKey(rows[OutboxStatus.Sent].Id), Value = "x", UpdatedAt = now });
            await db.SaveChangesAsync();
        }

        await using var sweep = database.NewContext();
        var forgotten = await WhatsAppPartsCleanup.ForgetFinishedAsync(sweep, new SqliteWriteGate(), CancellationToken.None);

        Assert.Equal(2, forgotten);
        var left = await sweep.ChannelValues.AsNoTracking().OrderBy(v => v.Channel).ThenBy(v => v.Key).Select(v => v.Channel + " " + v.Key).ToListAsync();
        Assert.Equal(
            new[] { $"telegram parts:{rows[OutboxStatus.Sent].Id}", "whatsapp inbound:6281200000001", $"whatsapp parts:{rows[OutboxStatus.Pending].Id}" }.Order(StringComparer.Ordinal),
            left.Order(StringComparer.Ordinal));
    }
}
