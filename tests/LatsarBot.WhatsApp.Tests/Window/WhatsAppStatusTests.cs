using LatsarBot.Bot.Outbox;
using LatsarBot.Core.Announcements;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Data.Announcements;
using LatsarBot.Data.Outbox;
using LatsarBot.Testing;
using LatsarBot.Testing.FakeWhatsApp;
using LatsarBot.WhatsApp.Tests.EndToEnd;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.WhatsApp.Tests.Window;

/// <summary>
/// Status callbacks, pushed by the fake Graph API after each accepted message, reconciled into the outbox rows by
/// wamid: the announcement report counts delivered and read; a late failure marks the row failed with the code; a
/// callback that comes twice changes nothing the second time.
/// </summary>
public sealed class WhatsAppStatusTests
{
    private const string WaId = "6281200000088";

    [Fact]
    public async Task Announcement_DeliveredAndReadCallbacks_ShowInTheReport()
    {
        await using var fake = await FakeGraphApiServer.StartAsync();
        await using var database = TestDatabase.Sqlite();
        await using var host = await WhatsAppTestHost.StartAsync(fake, database);
        await WhatsAppWindowTests.LogInAsync(new WhatsAppChat(fake, WaId));
        var announcement = await AnnounceAsync(host, database);

        var message = await WhatsAppWindowTests.WaitForLastMessageAsync(database, announcement.Row, m => m.ReadAt is not null);
        await using var db = database.NewContext();
        var row = await db.Outbox.AsNoTracking().SingleAsync(o => o.Id == announcement.Row);
        var report = await AnnouncementReports.ReportAsync(db, await db.Announcements.SingleAsync(a => a.Id == announcement.Id), CancellationToken.None);

        Assert.Equal(OutboxStatus.Sent, row.Status);
        Assert.Equal(fake.Delivered.Last(m => m.To == WaId).Wamid, message.Id);
        Assert.Equal((1, 1, 1), (report.Sent, report.Delivered, report.Read));
    }

    [Fact]
    public async Task FailedCallbackAfterAcceptance_MarksTheRowFailedWithTheCode_AndADuplicateChangesNothing()
    {
        await using var fake = await FakeGraphApiServer.StartAsync();
        await using var database = TestDatabase.Sqlite();
        await using var host = await WhatsAppTestHost.StartAsync(fake, database);
        await WhatsAppWindowTests.LogInAsync(new WhatsAppChat(fake, WaId));
        fake.FailAfterAccept(WaId, 131051);

        var id = await WhatsAppWindowTests.AddProactiveAsync(host, "reminder:test:1", "Isi logbook hari ini.");
        var failed = await WhatsAppWindowTests.WaitForAsync(database, id, o => o.Status == OutboxStatus.Failed);
        var wamid = (await WhatsAppWindowTests.WaitForLastMessageAsync(database, id, _ => true)).Id;
        (await fake.PushAsync(FakeWebhooks.Status(wamid, WaId, "read"))).EnsureSuccessStatusCode();
        (await fake.PushAsync(FakeWebhooks.FailedStatus(wamid, WaId, 131026))).EnsureSuccessStatusCode();
        await using var db = database.NewContext();
        var after = await db.Outbox.AsNoTracking().SingleAsync(o => o.Id == id);

        Assert.Equal("WhatsApp:131051", failed.Outcome);
        Assert.Equal((OutboxStatus.Failed, "WhatsApp:131051", failed.LastError), (after.Status, after.Outcome, after.LastError));
    }

    [Fact]
    public async Task SameStatusTwice_TheFirstTimeStays()
    {
        await using var fake = await FakeGraphApiServer.StartAsync();
        await using var database = TestDatabase.Sqlite();
        await using var host = await WhatsAppTestHost.StartAsync(fake, database);
        await WhatsAppWindowTests.LogInAsync(new WhatsAppChat(fake, WaId));
        var id = await WhatsAppWindowTests.AddProactiveAsync(host, "reminder:test:2", "Isi logbook hari ini.");
        var read = await WhatsAppWindowTests.WaitForLastMessageAsync(database, id, m => m.ReadAt is not null);
        await fake.Statuses.IdleAsync();

        var later = FakeWebhooks.Status(read.Id, WaId, "read");
        later["entry"]![0]!["changes"]![0]!["value"]!["statuses"]![0]!["timestamp"] = DateTimeOffset.UtcNow.AddHours(3).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        (await fake.PushAsync(later)).EnsureSuccessStatusCode();
        await using var db = database.NewContext();
        var after = await db.Outbox.AsNoTracking().SingleAsync(o => o.Id == id);
        var afterMessage = await db.OutboxPlatformIds.AsNoTracking().SingleAsync(p => p.Id == read.Id);

        Assert.Equal((read.DeliveredAt, read.ReadAt, OutboxStatus.Sent), (afterMessage.DeliveredAt, afterMessage.ReadAt, after.Status));
        Assert.Equal(1, await db.OutboxPlatformIds.CountAsync(p => p.OutboxMessageId == id));
    }

    /// <summary>An announcement to Andi, fanned out as the job does (its batch and key), released to the dispatcher.</summary>
    private static async Task<(int Id, long Row)> AnnounceAsync(WhatsAppTestHost host, TestDatabase database)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LatsarDb>();
        var andi = await db.Participants.SingleAsync(p => p.Nip == Nip.FromTrusted(DemoPeople.Nip));
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var announcement = new Announcement { InstitutionId = andi.InstitutionId, AudienceLabel = "Andi", Text = "Kelas besok mulai 08.00.", CreatedAt = now, FannedOutAt = now };
        db.Announcements.Add(announcement);
        await db.SaveChangesAsync();
        var message = new ProactiveMessage(andi.Id, Announcement.KeyOf(announcement.Id, andi.Id), OutboxPayload.Of(new Bot.Activities.Reply(announcement.Text))) { Batch = announcement.Batch };
        Assert.True(await scope.ServiceProvider.GetRequiredService<ProactiveOutbox>().AddAsync(db, message, now, CancellationToken.None));
        await db.SaveChangesAsync();
        scope.ServiceProvider.GetRequiredService<OutboxSignal>().Notify();
        await using var read = database.NewContext();
        return (announcement.Id, await read.Outbox.Where(o => o.Batch == announcement.Batch).Select(o => o.Id).SingleAsync());
    }
}
