using System.Security.Cryptography;
using LatsarBot.Core.Actualization;
using LatsarBot.Core.Curriculum;
using LatsarBot.Core.Participants;
using LatsarBot.Data.Outbox;
using LatsarBot.Testing;
using LatsarBot.Testing.FakeWhatsApp;
using LatsarBot.WhatsApp.Tests.Window;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.WhatsApp.Tests.EndToEnd;

/// <summary>
/// Andi's week on WhatsApp, end to end through the fake Graph API over real HTTP (signed webhooks in, Graph calls out,
/// the 24-hour rule enforced by the fake): found by his roster number and bound, a unit and its quiz, a day of
/// actualization with a photo, a question to his coach; the coach answers 25 hours later, so the answer goes as its
/// template, and Andi's press on the template's button reopens the chat: the whole answer, what was held meanwhile,
/// and everything after flow free-form again.
/// </summary>
public sealed class WhatsAppParticipantStoryTests
{
    private const string AndiWaId = "6281200000001";
    private const string Done = "Menyusun daftar periksa pelayanan loket dan mengujinya bersama dua rekan";
    private const string Question = "Pak, bolehkah kegiatan 2 saya geser ke minggu depan?";
    private const string Answer = "Boleh, asal mentor Anda setuju.";

    private static readonly byte[] Photo = [0xFF, 0xD8, 0xFF, 0xE0, .. RandomNumberGenerator.GetBytes(400)];

    [Fact]
    public async Task Andi_BoundByPhone_LearnsLogsAsksTheCoach_TheAnswerAfter25HoursIsATemplate_AndHisPressReopensTheChat()
    {
        var clock = new ShiftedClock();
        await using var fake = await FakeGraphApiServer.StartAsync(clock: clock);
        await using var database = TestDatabase.Sqlite();
        await using var host = await WhatsAppTestHost.StartAsync(fake, database, clock: clock);
        var chat = new WhatsAppChat(fake, AndiWaId);

        // 1. Found by his number: "Apakah Anda Andi Pratama…?" → Ya → his birth date → bound.
        await chat.SayAsync("/start", WhatsAppChat.Offers("id"));
        var offer = (await chat.TapAsync("id", WhatsAppChat.Offers("yes"))).Last();
        Assert.Contains("Andi Pratama", offer.Text, StringComparison.Ordinal);
        await chat.TapAsync("yes", m => m.Count >= 1);
        await chat.SayAsync("01-01-1990", WhatsAppChat.Offers("ok"));
        await chat.TapAsync("ok", WhatsAppChat.Offers("mooc"));

        // 2. The first unit, by reply buttons, and its quiz, whose four options come as a list.
        var curriculum = host.Services.GetRequiredService<MoocCurriculum>();
        var unitStart = chat.Messages.Count;
        await chat.TapAsync("mooc", WhatsAppChat.Offers("menu"));
        await chat.TapAsync("menu", WhatsAppChat.Offers("next"));
        await chat.TapAsync("next", WhatsAppChat.Offers("studied"));
        var replies = await chat.TapAsync("studied", WhatsAppMoocTests.IsQuestion);
        var questions = new List<FakeGraphRequest>();
        while (replies.LastOrDefault(m => WhatsAppMoocTests.IsQuestion([m])) is { } question)
        {
            questions.Add(question);
            replies = await chat.TapAsync(WhatsAppMoocTests.RightAnswer(curriculum, question), WhatsAppChat.OffersAny);
        }

        Assert.Equal(curriculum.Units.First().Quiz.Count, questions.Count);
        Assert.All(questions, q => Assert.Equal("list", q.InteractiveType));
        Assert.Contains(chat.Messages.Skip(unitStart), m => m.InteractiveType == "button");
        Assert.Single(chat.Messages, m => m.Text?.StartsWith("🏆 Selamat, Anda mendapat trophy!", StringComparison.Ordinal) == true);

        // 3. A day of actualization: what he did, and a photo as its evidence, fetched by its media id.
        var activityId = await PlanAsync(database);
        fake.AddMedia("media-photo-1", Photo, "image/jpeg");
        await chat.SayAsync("/aktualisasi", WhatsAppChat.Offers("log"));
        await chat.TapAsync("log", WhatsAppChat.Offers("a:" + activityId));
        await chat.TapAsync("a:" + activityId, m => m.Count >= 1);
        await chat.SayAsync(Done, WhatsAppChat.Offers("done"));
        await chat.TapAsync("done", WhatsAppChat.Offers("done"));
        var kept = await chat.SendMediaAsync("image", "media-photo-1", "image/jpeg", "Daftar periksa di loket", m => m.Count >= 1);
        Assert.StartsWith("📎", kept[0].Text, StringComparison.Ordinal);
        await chat.TapAsync("done", WhatsAppChat.Offers("save"));
        await chat.TapAsync("save", m => m.Count >= 1);
        await using (var db = database.NewContext())
        {
            var evidence = Assert.Single(await db.Evidence.ToListAsync());
            Assert.Equal((Convert.ToHexStringLower(SHA256.HashData(Photo)), EvidenceRules.Jpeg), (evidence.Sha256, evidence.ContentType));
        }

        // 4. A question to his coach (not on the bot: it waits in the coaching thread, where the console shows it).
        await chat.SayAsync("/coach", m => m.Any(r => r.Text?.StartsWith("Tulis pesan untuk coach Anda", StringComparison.Ordinal) == true));
        await chat.SayAsync(Question, m => m.Any(r => r.Text?.StartsWith("✅ Pesan Anda tersimpan di percakapan coaching", StringComparison.Ordinal) == true));

        // 5. Twenty-five hours later the window is closed: the coach's answer goes as its template, and a console sign-in
        // code (no template for it) is held, not sent blind.
        clock.Advance(TimeSpan.FromHours(25));
        await WhatsAppWindowTests.CoachAnswersAsync(host, Answer);
        var template = (await fake.WaitAsync(r => r.Any(m => m.To == AndiWaId && m.Type == "template"))).Last(m => m.To == AndiWaId && m.Type == "template");
        Assert.True(template.Accepted, $"refused with {template.ErrorCode}");
        Assert.Equal("latsarbot_pesan_coach", template.Body["template"]!["name"]!.ToString());
        var held = await WhatsAppWindowTests.AddProactiveAsync(host, "console-sign-in:story", "Kode masuk konsol: 424242");
        await WhatsAppWindowTests.WaitForAsync(database, held, o => o.Status == OutboxStatus.Held && o.FallbackAt != null);
        Assert.DoesNotContain(fake.Received, r => r.ErrorCode == 131047);

        // 6. His press on the template's button reopens the chat: the whole answer, then what was held.
        var payload = template.Body["template"]!["components"]![1]!["parameters"]![0]!["payload"]!.ToString();
        var before = chat.Messages.Count;
        (await fake.PushAsync(FakeWebhooks.QuickReply("wamid.story-quick", AndiWaId, payload, "Buka pesan"))).EnsureSuccessStatusCode();
        await fake.WaitAsync(_ => chat.Messages.Skip(before).Any(m => m.Text?.Contains(Answer, StringComparison.Ordinal) == true)
            && chat.Messages.Skip(before).Any(m => m.Text == "Kode masuk konsol: 424242"));
        var reopened = chat.Messages.Skip(before).ToList();
        Assert.All(reopened, m => Assert.NotEqual("template", m.Type));
        Assert.Single(reopened, m => m.Text == "Kode masuk konsol: 424242");

        // 7. And the chat goes on free-form.
        var next = await chat.SayAsync("/aktualisasi", WhatsAppChat.Offers("log"));
        Assert.All(next, m => Assert.Equal("interactive", m.Type));
        Assert.DoesNotContain(fake.Received, r => r.ErrorCode == 131047);
        Assert.All(fake.Received.Where(r => r.To == AndiWaId), r => Assert.True(r.Accepted, $"refused with {r.ErrorCode}: {r.Body.ToJsonString()}"));
        Assert.Single(fake.Delivered, m => m.Text == "Kode masuk konsol: 424242");
    }

    /// <summary>Day 2 of Andi's actualization by today's date, one planned activity.</summary>
    private static async Task<int> PlanAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var participant = await db.Participants.SingleAsync(p => p.Nip == Nip.FromTrusted(DemoPeople.Nip));
        var activity = new PlannedActivity { Title = "Daftar periksa loket", ExpectedOutput = "Daftar periksa", Values = BerAkhlakValues.BerorientasiPelayanan };
        var start = ActualizationSchedule.Today(TimeZoneCode.Wib, DateTimeOffset.UtcNow).AddDays(-1);
        db.ActualizationPlans.Add(new ActualizationPlan { ParticipantId = participant.Id, StartDate = start, Activities = [activity] });
        await db.SaveChangesAsync();
        return activity.Id;
    }
}
