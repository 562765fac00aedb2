using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Outbox;
using LatsarBot.Core.Announcements;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Data.Announcements;
using LatsarBot.Data.Conversations;
using LatsarBot.Data.Outbox;
using LatsarBot.Testing;
using LatsarBot.Testing.FakeTelegram;
using LatsarBot.Testing.FakeWhatsApp;
using LatsarBot.WhatsApp.Tests.EndToEnd;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.WhatsApp.Tests.Delivery;

/// <summary>
/// One person on Telegram and WhatsApp, both fakes on loopback against the real host: proactive messages go where they
/// wrote last, and when that channel fails for good (Telegram 403: blocked) the same message goes out on the other one,
/// each try in the delivery ledger and the announcement report naming the channel that reached them.
/// </summary>
public sealed class MultiChannelDeliveryTests
{
    private const string AndiWaId = "6281200000001";
    private const long AndiTelegram = 700_001;

    [Fact]
    public async Task TelegramAndWhatsApp_GoesToTheLastUsed_ThenFallsBackWhenItIsBlocked_LedgerAndReportShowIt()
    {
        await using var whatsApp = await FakeGraphApiServer.StartAsync();
        await using var telegram = await FakeBotApiServer.StartAsync();
        await using var database = TestDatabase.Sqlite();
        await using var host = await WhatsAppTestHost.StartAsync(whatsApp, database,
        [
            new("Telegram:Enabled", "true"),
            new("Telegram:BotToken", FakeBotApiServer.Token),
            new("Telegram:ApiBaseUrl", telegram.BaseUrl),
            new("Telegram:PollTimeoutSeconds", "1"),
            new("Telegram:WebhookUrl", ""),
        ]);
        var andi = await BindOnTelegramAsync(database);
        var chat = new WhatsAppChat(whatsApp, AndiWaId);
        await BindByPhoneAsync(chat);

        // Last used: WhatsApp (just bound there, after Telegram).
        await EnqueueAsync(host, andi, "reminder:test:1", "Pengingat pertama: isi logbook hari ini.");
        await whatsApp.WaitAsync(_ => chat.Messages.Any(m => m.Text == "Pengingat pertama: isi logbook hari ini."));

        // Andi writes on Telegram: it becomes the last used, and the next message goes there.
        await telegram.PushAsync(FakeUpdates.Text(1, AndiTelegram, "/jadwal"));
        await telegram.WaitAsync(r => r.Any(m => m.IsSend && m.ChatId == AndiTelegram));
        await EnqueueAsync(host, andi, "reminder:test:2", "Pengingat kedua.");
        await telegram.WaitAsync(r => r.Any(m => m.IsSend && m.ChatId == AndiTelegram && m.Text == "Pengingat kedua."));

        // Then Andi blocks the bot on Telegram: an announcement tries Telegram, is refused for good, and goes by WhatsApp.
        telegram.FailChat(AndiTelegram, 403, "Forbidden: bot was blocked by the user");
        var announcementId = await AnnounceAsync(database, "Upacara pembukaan Senin pukul 08.00.");
        await whatsApp.WaitAsync(_ => chat.Messages.Any(m => m.Text?.Contains("Upacara pembukaan Senin pukul 08.00.", StringComparison.Ordinal) == true));

        // The fake has the message as soon as it accepts it; the dispatcher records the outcome right after.
        await UntilAsync(database, db => db.DeliveryAttempts.CountAsync(a => a.PersonId == andi && a.Outcome != DeliveryOutcomes.Retry), 4);
        await using var db = database.NewContext();
        var ledger = await db.DeliveryAttempts.AsNoTracking().Where(a => a.PersonId == andi).OrderBy(a => a.Id)
            .Select(a => new { a.MessageKey, a.Channel, a.Outcome }).ToListAsync();
        var announcementKey = $"announcement:{announcementId}:{andi}";
        Assert.Equal(
            [("reminder:test:1", "whatsapp", "sent"), ("reminder:test:2", "telegram", "sent"), (announcementKey, "telegram", "blocked"), (announcementKey, "whatsapp", "sent")],
            ledger.Select(a => (a.MessageKey, a.Channel, a.Outcome)));
        Assert.Single(whatsApp.Delivered, m => m.Text?.Contains("Upacara pembukaan", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(telegram.Delivered, m => m.Text?.Contains("Upacara pembukaan", StringComparison.Ordinal) == true);
        Assert.Single(telegram.Delivered, m => m.Text == "Pengingat kedua.");
        Assert.DoesNotContain(whatsApp.Delivered, m => m.Text == "Pengingat kedua.");

        var announcement = await db.Announcements.AsNoTracking().SingleAsync(a => a.Id == announcementId);
        var report = await AnnouncementReports.ReportAsync(db, announcement, CancellationToken.None);
        Assert.Equal([new ChannelCount("whatsapp", 1)], report.SentByChannel);
        Assert.Equal(1, report.Sent);
        Assert.Equal(0, report.Failed);
        var recipient = Assert.Single(await AnnouncementReports.RecipientsAsync(db, announcement, CancellationToken.None));
        Assert.Equal(("Andi Pratama", "whatsapp"), (recipient.Name, recipient.SentOn));
        Assert.Equal([new DeliveryTry("telegram", "blocked"), new DeliveryTry("whatsapp", "sent")], recipient.Tries);
    }

    /// <summary>Waits until <paramref name="count"/> reaches <paramref name="expected"/>; the limit only stops a hang.</summary>
    internal static async Task UntilAsync(TestDatabase database, Func<LatsarDb, Task<int>> count, int expected)
    {
        for (var i = 0; i < 300; i++)
        {
            await using var db = database.NewContext();
            if (await count(db) >= expected)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The outcome was never recorded.");
    }

    /// <summary>Andi linked Telegram an hour ago (as the contact share would have left it).</summary>
    internal static async Task<int> BindOnTelegramAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var andi = await db.People.SingleAsync(p => p.Nip == Nip.FromTrusted(DemoPeople.Nip));
        var chatId = AndiTelegram.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var before = DateTimeOffset.UtcNow.AddHours(-1);
        db.ChannelIdentities.Add(new ChannelIdentity
        {
            Channel = "telegram", ChannelUserId = chatId, ConversationId = chatId, PersonId = andi.Id, Proof = IdentityProof.ChannelPhone, BoundAt = before, LastActiveAt = before,
        });
        db.Conversations.Add(new ConversationRecord { Channel = "telegram", ConversationId = chatId, StateJson = "{}", UpdatedAt = before });
        await db.SaveChangesAsync();
        return andi.Id;
    }

    internal static async Task BindByPhoneAsync(WhatsAppChat chat)
    {
        await chat.SayAsync("/start", WhatsAppChat.Offers("id"));
        await chat.TapAsync("id", WhatsAppChat.Offers("yes"));
        await chat.TapAsync("yes", m => m.Count >= 1);
        await chat.SayAsync("01-01-1990", WhatsAppChat.Offers("ok"));
        await chat.TapAsync("ok", WhatsAppChat.Offers("mooc"));
    }

    private static async Task EnqueueAsync(WhatsAppTestHost host, int personId, string key, string text)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LatsarDb>();
        var result = await scope.ServiceProvider.GetRequiredService<ProactiveOutbox>()
            .EnqueueAsync(db, [new ProactiveMessage(personId, key, OutboxPayload.Of(new Reply(text)))], DateTimeOffset.UtcNow, CancellationToken.None);
        Assert.Equal(1, result.Queued);
        host.Services.GetRequiredService<OutboxSignal>().Notify();
    }

    /// <summary>To everyone of the demo institution, now (the organiser's /umumkan ends the same way).</summary>
    private static async Task<int> AnnounceAsync(TestDatabase database, string text)
    {
        await using var db = database.NewContext();
        var organiser = await db.Staff.SingleAsync(p => p.StaffRole == Role.Organiser);
        var announcement = new Announcement
        {
            InstitutionId = organiser.InstitutionId,
            AuthorId = organiser.Id,
            Audience = AudienceKind.Role,
            AudienceRole = Role.Participant,
            AudienceLabel = "Peserta",
            Text = text,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        announcement.SendNow();
        db.Announcements.Add(announcement);
        await db.SaveChangesAsync();
        return announcement.Id;
    }
}
