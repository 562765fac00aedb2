using System.Text.RegularExpressions;
using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Outbox;
using LatsarBot.Data;
using LatsarBot.Data.Announcements;
using LatsarBot.Data.Outbox;
using LatsarBot.Testing;
using LatsarBot.Testing.FakeTelegram;
using LatsarBot.Testing.FakeWhatsApp;
using LatsarBot.WhatsApp.Tests.EndToEnd;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.WhatsApp.Tests.Delivery;

/// <summary>
/// A reminder to someone whose WhatsApp window is closed, with no reminder template in the catalog: nothing goes to
/// WhatsApp (no free-form message the platform would refuse, no template), the reminder reaches their Telegram chat
/// instead, the batch's report says so, and their next WhatsApp message does not bring it a second time.
/// </summary>
public sealed partial class WhatsAppReminderFallbackTests : IDisposable
{
    private const string AndiWaId = "6281200000001";
    private const long AndiTelegram = 700_001;
    private const string Text = "Pengingat: isi logbook aktualisasi hari ini.";

    private readonly string _content = Path.Combine(Path.GetTempPath(), "latsarbot-content-" + Guid.NewGuid().ToString("N"));

    [GeneratedRegex(@"  - name: latsarbot_pengingat\n(    .*\n|\n)*?(?=  - name:)")]
    private static partial Regex ReminderTemplate();

    [Fact]
    public async Task ReminderOutsideTheWindow_NoReminderTemplate_NotSentOnWhatsApp_GoesToTelegram_AndTheReportShowsIt()
    {
        CopyContentWithoutTheReminderTemplate();
        var clock = new ShiftedClock();
        await using var whatsApp = await FakeGraphApiServer.StartAsync(clock: clock);
        await using var telegram = await FakeBotApiServer.StartAsync();
        await using var database = TestDatabase.Sqlite();
        await using var host = await WhatsAppTestHost.StartAsync(whatsApp, database,
        [
            new("Content:Path", _content),
            new("Telegram:Enabled", "true"),
            new("Telegram:BotToken", FakeBotApiServer.Token),
            new("Telegram:ApiBaseUrl", telegram.BaseUrl),
            new("Telegram:PollTimeoutSeconds", "1"),
            new("Telegram:WebhookUrl", ""),
        ], clock);
        Assert.Null(host.Services.GetRequiredService<Channels.WhatsApp.WhatsAppTemplates>().For(ProactiveKinds.Reminder));
        var andi = await MultiChannelDeliveryTests.BindOnTelegramAsync(database);
        var chat = new WhatsAppChat(whatsApp, AndiWaId);
        await MultiChannelDeliveryTests.BindByPhoneAsync(chat);

        // WhatsApp is the channel he used last, but a day has passed since he wrote there.
        clock.Advance(TimeSpan.FromHours(25));
        var sentToWhatsApp = whatsApp.Received.Count(r => r.To == AndiWaId);
        await EnqueueAsync(host, clock, andi);
        await telegram.WaitAsync(r => r.Any(m => m.IsSend && m.ChatId == AndiTelegram && m.Text == Text));

        Assert.Equal(sentToWhatsApp, whatsApp.Received.Count(r => r.To == AndiWaId));
        await MultiChannelDeliveryTests.UntilAsync(database, db => db.DeliveryAttempts.CountAsync(a => a.PersonId == andi && a.Channel == "telegram"), 1);
        await using (var db = database.NewContext())
        {
            var onWhatsApp = await db.Outbox.AsNoTracking().SingleAsync(o => o.Key == "reminder:logbook:1");
            Assert.Equal(("whatsapp", OutboxStatus.Held, OutboxOutcomes.HeldNoTemplate, "telegram"),
                (onWhatsApp.Channel, onWhatsApp.Status, onWhatsApp.Outcome, onWhatsApp.FallbackChannel));
            var recipient = Assert.Single(await AnnouncementReports.RecipientsAsync(db, "reminder:logbook", CancellationToken.None));
            Assert.Equal(("Andi Pratama", "telegram"), (recipient.Name, recipient.SentOn));
            Assert.Equal([new DeliveryTry("whatsapp", "held"), new DeliveryTry("telegram", DeliveryOutcomes.Sent)], recipient.Tries);
        }

        // He writes on WhatsApp again: the window is open, but Telegram already delivered the reminder.
        await chat.SayAsync("/jadwal", m => m.Count >= 1);
        await chat.SayAsync("/jadwal", m => m.Count >= 1);
        Assert.DoesNotContain(whatsApp.Received, r => r.Text == Text);
        Assert.Single(telegram.Delivered, m => m.Text == Text);
        await using var after = database.NewContext();
        Assert.Equal(OutboxStatus.Held, (await after.Outbox.AsNoTracking().SingleAsync(o => o.Key == "reminder:logbook:1")).Status);
    }

    [Fact]
    public async Task HeldOnWhatsApp_TelegramFallbackBlockedToo_TheWindowReopens_SentOnWhatsAppOnce()
    {
        CopyContentWithoutTheReminderTemplate();
        var clock = new ShiftedClock();
        await using var whatsApp = await FakeGraphApiServer.StartAsync(clock: clock);
        await using var telegram = await FakeBotApiServer.StartAsync();
        await using var database = TestDatabase.Sqlite();
        await using var host = await WhatsAppTestHost.StartAsync(whatsApp, database,
        [
            new("Content:Path", _content),
            new("Telegram:Enabled", "true"),
            new("Telegram:BotToken", FakeBotApiServer.Token),
            new("Telegram:ApiBaseUrl", telegram.BaseUrl),
            new("Telegram:PollTimeoutSeconds", "1"),
            new("Telegram:WebhookUrl", ""),
        ], clock);
        var andi = await MultiChannelDeliveryTests.BindOnTelegramAsync(database);
        var chat = new WhatsAppChat(whatsApp, AndiWaId);
        await MultiChannelDeliveryTests.BindByPhoneAsync(chat);
        telegram.FailChat(AndiTelegram, 403, "Forbidden: bot was blocked by the user");
        clock.Advance(TimeSpan.FromHours(25));

        await EnqueueAsync(host, clock, andi);

        // Held on WhatsApp, offered to Telegram, blocked there, and nowhere else to go.
        await MultiChannelDeliveryTests.UntilAsync(database, db => db.Outbox.CountAsync(o => o.Channel == "telegram" && o.Status == OutboxStatus.Failed && o.FallbackAt != null), 1);
        Assert.DoesNotContain(whatsApp.Received, r => r.Text == Text);
        await using (var db = database.NewContext())
        {
            var onWhatsApp = await db.Outbox.AsNoTracking().SingleAsync(o => o.Key == "reminder:logbook:1");
            Assert.Equal((OutboxStatus.Held, "telegram"), (onWhatsApp.Status, onWhatsApp.FallbackChannel));
        }

        // He writes on WhatsApp: the window is open again and the reminder goes there, free-form, once.
        await chat.SayAsync("/jadwal", m => m.Any(r => r.Text == Text));
        await chat.SayAsync("/jadwal", m => m.Count >= 1);
        Assert.Single(whatsApp.Delivered, m => m.To == AndiWaId && m.Text == Text);
        Assert.DoesNotContain(telegram.Delivered, m => m.Text == Text);
        await using var after = database.NewContext();
        Assert.Equal(OutboxStatus.Sent, (await after.Outbox.AsNoTracking().SingleAsync(o => o.Key == "reminder:logbook:1")).Status);
        var recipient = Assert.Single(await AnnouncementReports.RecipientsAsync(after, "reminder:logbook", CancellationToken.None));
        Assert.Equal("whatsapp", recipient.SentOn);
        Assert.Equal([new DeliveryTry("whatsapp", "held"), new DeliveryTry("telegram", DeliveryOutcomes.Blocked), new DeliveryTry("whatsapp", DeliveryOutcomes.Sent)], recipient.Tries);
    }

    public void Dispose() => Directory.Delete(_content, recursive: true);

    /// <summary>The real content, as a deployment that submitted no reminder template to Meta would have it.</summary>
    private void CopyContentWithoutTheReminderTemplate()
    {
        foreach (var file in Directory.EnumerateFiles(TestPaths.Content, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_content, Path.GetRelativePath(TestPaths.Content, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var templates = Path.Combine(_content, "whatsapp-templates.yaml");
        var yaml = File.ReadAllText(templates);
        var without = ReminderTemplate().Replace(yaml, "", 1);
        Assert.NotEqual(yaml, without);
        File.WriteAllText(templates, without);
    }

    private static async Task EnqueueAsync(WhatsAppTestHost host, TimeProvider clock, int personId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LatsarDb>();
        var message = new ProactiveMessage(personId, "reminder:logbook:1", OutboxPayload.Of(new Reply(Text))) { Batch = "reminder:logbook" };
        var result = await scope.ServiceProvider.GetRequiredService<ProactiveOutbox>().EnqueueAsync(db, [message], clock.GetUtcNow(), CancellationToken.None);
        Assert.Equal(1, result.Queued);
        host.Services.GetRequiredService<OutboxSignal>().Notify();
    }
}
