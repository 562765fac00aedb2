using LatsarBot.Data.Outbox;
using LatsarBot.Testing;
using LatsarBot.Testing.FakeWhatsApp;
using LatsarBot.WhatsApp.Tests.EndToEnd;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.WhatsApp.Tests.Window;

/// <summary>A restart on the same database: what was sent (and reconciled) before is not sent again, and the window is remembered.</summary>
public sealed class WhatsAppRestartTests
{
    private const string WaId = "6281200000066";

    [Fact]
    public async Task Restart_SendsNothingTwice_AndTheWindowSurvives()
    {
        await using var fake = await FakeGraphApiServer.StartAsync();
        await using var database = TestDatabase.Sqlite();
        long reminder;
        await using (var first = await WhatsAppTestHost.StartAsync(fake, database))
        {
            await WhatsAppWindowTests.LogInAsync(new WhatsAppChat(fake, WaId));
            reminder = await WhatsAppWindowTests.AddProactiveAsync(first, "reminder:restart:1", "Isi logbook hari ini, ya.");
            await WhatsAppWindowTests.WaitForLastMessageAsync(database, reminder, m => m.ReadAt is not null);
        }

        await using var second = await WhatsAppTestHost.StartAsync(fake, database);
        var later = await WhatsAppWindowTests.AddProactiveAsync(second, "reminder:restart:2", "Sudah dua hari tanpa catatan.");
        var message = await WhatsAppWindowTests.WaitForLastMessageAsync(database, later, m => m.ReadAt is not null);

        // Free-form, not a template: the contact's last message time came back from the database, not from memory.
        Assert.Equal("text", fake.Delivered.Single(m => m.Wamid == message.Id).Type);
        Assert.Single(fake.Delivered, m => m.Text == "Isi logbook hari ini, ya.");
        await using var db = database.NewContext();
        Assert.Equal(0, await db.Outbox.CountAsync(o => o.Status == OutboxStatus.Pending));
        Assert.Equal(fake.Delivered.Count(m => m.To == WaId), await db.OutboxPlatformIds.CountAsync());
    }
}
