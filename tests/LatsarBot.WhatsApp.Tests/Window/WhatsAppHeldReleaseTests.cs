using LatsarBot.Data.Outbox;
using LatsarBot.Testing;
using LatsarBot.Testing.FakeWhatsApp;
using LatsarBot.WhatsApp.Tests.EndToEnd;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.WhatsApp.Tests.Window;

/// <summary>
/// A message held because the window was closed and no template could carry it (a console sign-in code has none) waits
/// for the person: their next message reopens the window and what was held goes out free-form, in order, once.
/// </summary>
public sealed class WhatsAppHeldReleaseTests
{
    private const string WaId = "6281200000078";

    [Fact]
    public async Task HeldWithNoTemplate_ThePersonWritesAgain_HeldMessagesGoOutFreeFormInOrderOnce()
    {
        var clock = new ShiftedClock();
        await using var fake = await FakeGraphApiServer.StartAsync(clock: clock);
        await using var database = TestDatabase.Sqlite();
        await using var host = await WhatsAppTestHost.StartAsync(fake, database, clock: clock);
        var chat = new WhatsAppChat(fake, WaId);
        await WhatsAppWindowTests.LogInAsync(chat);
        clock.Advance(TimeSpan.FromHours(25));

        var first = await WhatsAppWindowTests.AddProactiveAsync(host, "console-sign-in:first", "Kode masuk konsol: 111111");
        var second = await WhatsAppWindowTests.AddProactiveAsync(host, "console-sign-in:second", "Kode masuk konsol: 222222");

        // Held, and the fallback found no other channel of Andi's to take them.
        foreach (var id in new[] { first, second })
        {
            var held = await WhatsAppWindowTests.WaitForAsync(database, id, o => o.FallbackAt != null);
            Assert.Equal((OutboxStatus.Held, OutboxOutcomes.HeldNoTemplate, null), (held.Status, held.Outcome, held.FallbackChannel));
        }

        Assert.DoesNotContain(chat.Messages, m => m.Text?.StartsWith("Kode masuk konsol", StringComparison.Ordinal) == true);

        await chat.SayAsync("/jadwal", m => m.Count(r => r.Text?.StartsWith("Kode masuk konsol", StringComparison.Ordinal) == true) == 2);
        await WhatsAppWindowTests.WaitForAsync(database, second, o => o.Status == OutboxStatus.Sent);

        // Another message, and the chat goes on: nothing held is sent a second time.
        await chat.SayAsync("/jadwal", m => m.Count >= 1);
        var codes = chat.Messages.Where(m => m.Text?.StartsWith("Kode masuk konsol", StringComparison.Ordinal) == true).Select(m => (m.Type, m.Text)).ToList();
        Assert.Equal([("text", "Kode masuk konsol: 111111"), ("text", "Kode masuk konsol: 222222")], codes);
        Assert.DoesNotContain(fake.Received, r => r.ErrorCode == 131047);
        await using var db = database.NewContext();
        var rows = await db.Outbox.AsNoTracking().Where(o => o.Id == first || o.Id == second).OrderBy(o => o.Id).ToListAsync();
        Assert.All(rows, o => Assert.Equal((OutboxStatus.Sent, null), (o.Status, o.Outcome)));
        var ledger = await db.DeliveryAttempts.AsNoTracking().Where(a => a.OutboxId == first).OrderBy(a => a.Id).Select(a => a.Outcome).ToListAsync();
        Assert.Equal(["held", DeliveryOutcomes.Sent], ledger);
    }
}
