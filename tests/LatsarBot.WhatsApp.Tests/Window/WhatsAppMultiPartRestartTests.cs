using LatsarBot.Core.Participants;
using LatsarBot.Data.Conversations;
using LatsarBot.Data.Outbox;
using LatsarBot.Testing;
using LatsarBot.Testing.FakeWhatsApp;
using LatsarBot.WhatsApp.Tests.EndToEnd;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.WhatsApp.Tests.Window;

/// <summary>
/// A message too long for one WhatsApp message goes as several; when Meta has accepted part 1 and throttles part 2, and
/// the host is stopped before the retry, the next host sends only the parts still missing: nothing twice, in order.
/// </summary>
public sealed class WhatsAppMultiPartRestartTests
{
    private const string WaId = "6281200000079";

    [Fact]
    public async Task ThreePartMessage_StoppedAfterPart1WasAccepted_TheRestartSendsOnlyParts2And3()
    {
        // Meta's pair rate, tightened: one message to this person, then a wait of two seconds per message.
        await using var fake = await FakeGraphApiServer.StartAsync(new FakeGraphLimits(PerRecipientPerSecond: 0.5, PerRecipientBurst: 1));
        await using var database = TestDatabase.Sqlite();
        var paragraphs = Enumerable.Range(1, 3).Select(i => $"Bagian {i}. " + string.Concat(Enumerable.Repeat($"Catatan panjang nomor {i}. ", 150))).ToList();
        long row;
        await using (var first = await WhatsAppTestHost.StartAsync(fake, database))
        {
            await BindAsync(database);

            // The reaction opens the window without a reply to use up the pair rate.
            (await fake.PushAsync(FakeWebhooks.Message("wamid.open-79", WaId, "reaction", new() { ["message_id"] = "wamid.x", ["emoji"] = "👍" }))).EnsureSuccessStatusCode();
            await WaitForWindowAsync(database);
            row = await WhatsAppWindowTests.AddProactiveAsync(first, "reminder:long:1", string.Join("\n\n", paragraphs));
            await WhatsAppWindowTests.WaitForAsync(database, row, o => o.LastError?.Contains("131056", StringComparison.Ordinal) == true);
        }

        Assert.Equal(["Bagian 1."], fake.Delivered.Where(m => m.To == WaId).Select(m => m.Text![..9]));

        await using var second = await WhatsAppTestHost.StartAsync(fake, database);
        var sent = await WhatsAppWindowTests.WaitForAsync(database, row, o => o.Status != OutboxStatus.Pending);

        Assert.Equal(OutboxStatus.Sent, sent.Status);
        var delivered = fake.Delivered.Where(m => m.To == WaId).ToList();
        Assert.Equal(["Bagian 1.", "Bagian 2.", "Bagian 3."], delivered.Select(m => m.Text![..9]));
        Assert.All(delivered, m => Assert.True(m.Text!.Length <= 4096));
        await using var db = database.NewContext();
        Assert.Equal(delivered.Select(m => m.Wamid).Order(), (await db.OutboxPlatformIds.Where(p => p.OutboxMessageId == row).Select(p => p.Id).ToListAsync()).Order());

        // The progress written down for the resume is forgotten once the message is complete.
        Assert.False(await db.ChannelValues.AnyAsync(v => v.Channel == "whatsapp" && v.Key == Channels.OutboxParts.Key(row)));
    }

    /// <summary>Andi linked this number earlier (as his log-in would have left it, without its replies using up the pair rate).</summary>
    private static async Task BindAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var andi = await db.People.SingleAsync(p => p.Nip == Nip.FromTrusted(DemoPeople.Nip));
        var before = DateTimeOffset.UtcNow.AddHours(-1);
        db.ChannelIdentities.Add(new ChannelIdentity
        {
            Channel = "whatsapp", ChannelUserId = WaId, ConversationId = WaId, PersonId = andi.Id, Proof = IdentityProof.ChannelPhone, BoundAt = before, LastActiveAt = before,
        });
        db.Conversations.Add(new ConversationRecord { Channel = "whatsapp", ConversationId = WaId, StateJson = "{}", UpdatedAt = before });
        await db.SaveChangesAsync();
    }

    private static async Task WaitForWindowAsync(TestDatabase database)
    {
        for (var i = 0; i < 300; i++)
        {
            await using var db = database.NewContext();
            if (await db.ChannelValues.AnyAsync(v => v.Channel == "whatsapp" && v.Key == "inbound:" + WaId))
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The reaction never opened the window.");
    }
}
