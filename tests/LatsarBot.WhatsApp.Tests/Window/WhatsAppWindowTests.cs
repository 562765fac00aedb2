using LatsarBot.Bot.Outbox;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Data.Outbox;
using LatsarBot.Learning.Coaching;
using LatsarBot.Testing;
using LatsarBot.Testing.FakeWhatsApp;
using LatsarBot.WhatsApp.Tests.EndToEnd;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.WhatsApp.Tests.Window;

/// <summary>
/// The 24-hour customer-service window end to end, on one clock shared by the host and the fake Graph API (which
/// enforces the rule itself): a day after the participant last wrote, the coach's answer goes as its approved template,
/// a free-form message never leaves, and the template's button reopens the chat with the whole message.
/// </summary>
public sealed class WhatsAppWindowTests
{
    private const string WaId = "6281200000077";

    [Fact]
    public async Task CoachAnswersAfter25Hours_GoesAsTheTemplate_AndTheButtonReopensTheChatWithTheWholeMessage()
    {
        var clock = new ShiftedClock();
        await using var fake = await FakeGraphApiServer.StartAsync(clock: clock);
        await using var database = TestDatabase.Sqlite();
        await using var host = await WhatsAppTestHost.StartAsync(fake, database, clock: clock);
        var chat = new WhatsAppChat(fake, WaId);
        await LogInAsync(chat);
        clock.Advance(TimeSpan.FromHours(25));

        await CoachAnswersAsync(host, "Laporan hari ke-3 sudah bagus.\nLanjutkan dengan bukti foto.");
        var template = (await fake.WaitAsync(r => r.Any(m => m.To == WaId && m.Type == "template"))).Last(m => m.To == WaId);

        Assert.True(template.Accepted, $"refused with {template.ErrorCode}");
        Assert.Equal("latsarbot_pesan_coach", template.Body["template"]!["name"]!.ToString());
        Assert.Equal("id", template.Body["template"]!["language"]!["code"]!.ToString());
        var parameter = template.Body["template"]!["components"]![0]!["parameters"]![0]!["text"]!.ToString();
        Assert.Contains("Laporan hari ke-3 sudah bagus. · Lanjutkan dengan bukti foto.", parameter, StringComparison.Ordinal);
        Assert.DoesNotContain(fake.Received, r => r.ErrorCode == 131047);

        var payload = template.Body["template"]!["components"]![1]!["parameters"]![0]!["payload"]!.ToString();
        var before = chat.Messages.Count;
        (await fake.PushAsync(FakeWebhooks.QuickReply("wamid.quick-77", WaId, payload, "Buka pesan"))).EnsureSuccessStatusCode();
        var reopened = await fake.WaitAsync(_ => chat.Messages.Skip(before).Any(m => m.Type == "interactive" && (m.Text ?? "").Contains("Lanjutkan dengan bukti foto.", StringComparison.Ordinal)));

        // The button press is also a turn, whose own reply may come first or after: the coach's message arrives once.
        var whole = Assert.Single(chat.Messages.Skip(before), m => (m.Text ?? "").Contains("Lanjutkan dengan bukti foto.", StringComparison.Ordinal));
        Assert.Equal("interactive", whole.Type);
        Assert.NotEmpty(whole.Choices);
        Assert.DoesNotContain(reopened, r => r.ErrorCode == 131047);
    }

    [Fact]
    public async Task ReplyOutsideTheWindow_WithNoTemplateForItsKind_IsHeldWithItsReason_AndNeverSent()
    {
        var clock = new ShiftedClock();
        await using var fake = await FakeGraphApiServer.StartAsync(clock: clock);
        await using var database = TestDatabase.Sqlite();
        await using var host = await WhatsAppTestHost.StartAsync(fake, database, clock: clock);
        var chat = new WhatsAppChat(fake, WaId);
        await LogInAsync(chat);
        clock.Advance(TimeSpan.FromHours(25));
        var sentBefore = fake.Received.Count(r => r.To == WaId);

        var row = await AddProactiveAsync(host, "console-sign-in:abc", "Kode masuk konsol: 123456");
        var held = await WaitForAsync(database, row, o => o.Status != OutboxStatus.Pending);

        Assert.Equal(OutboxStatus.Held, held.Status);
        Assert.Equal(OutboxOutcomes.HeldNoTemplate, held.Outcome);
        Assert.Contains("sign_in", held.LastError, StringComparison.Ordinal);
        Assert.Equal(sentBefore, fake.Received.Count(r => r.To == WaId));
        Assert.Equal(SendOutcome.Held.NoTemplate, OutboxOutcomes.HeldNoTemplate);
    }

    /// <summary>The enrolment path, as in the MOOC test: it leaves the window open from the participant's last message.</summary>
    internal static async Task LogInAsync(WhatsAppChat chat)
    {
        await chat.SayAsync("/start", WhatsAppChat.Offers("id"));
        await chat.TapAsync("id", m => m.Count >= 2);
        await chat.SayAsync(DemoPeople.Nip, m => m.Count >= 1);
        await chat.SayAsync(DemoPeople.Code, WhatsAppChat.Offers("ok"));
        await chat.TapAsync("ok", m => m.Count >= 1);
    }

    /// <summary>Andi's coach answers in the thread, as the coaching dialog does: stored, relayed through the outbox.</summary>
    internal static async Task CoachAnswersAsync(WhatsAppTestHost host, string text)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LatsarDb>();
        var andi = await db.Participants.SingleAsync(p => p.Nip == Nip.FromTrusted(DemoPeople.Nip));
        var coach = await db.Staff.SingleAsync(s => s.Id == andi.CoachId);
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var relay = await scope.ServiceProvider.GetRequiredService<CoachingRelay>().FromCoachAsync(coach, andi, text, null, now, CancellationToken.None);
        Assert.True(relay.Reached);
        await db.SaveChangesAsync();
        scope.ServiceProvider.GetRequiredService<OutboxSignal>().Notify();
    }

    internal static async Task<long> AddProactiveAsync(WhatsAppTestHost host, string key, string text)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LatsarDb>();
        var andi = await db.Participants.SingleAsync(p => p.Nip == Nip.FromTrusted(DemoPeople.Nip));
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        Assert.True(await scope.ServiceProvider.GetRequiredService<ProactiveOutbox>().AddAsync(db, new ProactiveMessage(andi.Id, key, OutboxPayload.Of(new Bot.Activities.Reply(text))), now, CancellationToken.None));
        await db.SaveChangesAsync();
        scope.ServiceProvider.GetRequiredService<OutboxSignal>().Notify();
        return await db.Outbox.Where(o => o.Key == key).Select(o => o.Id).SingleAsync();
    }

    /// <summary>Polls the row until the dispatcher has dealt with it; the timeout only stops a hang.</summary>
    internal static async Task<OutboxMessage> WaitForAsync(TestDatabase database, long id, Func<OutboxMessage, bool> done)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            await using (var db = database.NewContext())
            {
                var row = await db.Outbox.AsNoTracking().SingleAsync(o => o.Id == id);
                if (done(row))
                {
                    return row;
                }

                if (DateTime.UtcNow > until)
                {
                    throw new TimeoutException($"Outbox row {id} never got there: {row.Status} after {row.Attempts} attempts, {row.LastError}");
                }
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Polls the row's last platform message (its wamid and what WhatsApp said of it) until it is there and done.</summary>
    internal static async Task<OutboxPlatformId> WaitForLastMessageAsync(TestDatabase database, long id, Func<OutboxPlatformId, bool> done)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            await using (var db = database.NewContext())
            {
                var message = await db.OutboxPlatformIds.AsNoTracking().SingleOrDefaultAsync(p => p.OutboxMessageId == id && p.Last);
                if (message is not null && done(message))
                {
                    return message;
                }

                if (DateTime.UtcNow > until)
                {
                    var row = await db.Outbox.AsNoTracking().SingleAsync(o => o.Id == id);
                    throw new TimeoutException($"Outbox row {id} never got there: {row.Status} after {row.Attempts} attempts, {row.LastError}; last message {message?.Id ?? "none"}");
                }
            }

            await Task.Delay(50);
        }
    }
}
