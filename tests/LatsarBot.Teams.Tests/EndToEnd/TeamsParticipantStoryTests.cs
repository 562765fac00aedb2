using System.Security.Cryptography;
using System.Text.RegularExpressions;
using LatsarBot.Core.Actualization;
using LatsarBot.Core.Curriculum;
using LatsarBot.Core.Participants;
using LatsarBot.Teams.Tests.Delivery;
using LatsarBot.Testing;
using LatsarBot.Testing.FakeTeams;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Teams.Tests.EndToEnd;

/// <summary>
/// Andi's week on Teams, end to end through the fake Bot Connector over real HTTP (signed activities in, connector
/// calls out with the app token): in his personal chat he is bound by his UPN in the institution's tenant, takes the
/// first unit and its quiz by Adaptive Card buttons, logs a day of actualization with a pasted photo (fetched from the
/// connector), asks his coach; then a reminder arrives in his chat without his asking.
/// </summary>
public sealed partial class TeamsParticipantStoryTests
{
    private const string Aad = "aad-andi-story";
    private const string Upn = "andi.pratama@latsar.example.go.id";
    private const string Done = "Menyusun daftar periksa pelayanan loket dan mengujinya bersama dua rekan";
    private const string Question = "Pak, bolehkah kegiatan 2 saya geser ke minggu depan?";
    private const string Reminder = "Pengingat: isi logbook aktualisasi hari ini.";

    private static readonly byte[] Photo = [0xFF, 0xD8, 0xFF, 0xE0, .. RandomNumberGenerator.GetBytes(400)];

    [GeneratedRegex(@"^q\d+\.[a-e]$")]
    private static partial Regex AnswerId();

    [Fact]
    public async Task Andi_BoundByUpn_LearnsByCards_LogsADayWithAPhoto_AsksTheCoach_AndAReminderArrives()
    {
        await using var fake = await FakeTeamsServer.StartAsync(FakeTeamsLimits.Relaxed);
        await using var database = TestDatabase.Sqlite();
        await using var host = await TeamsTestHost.StartAsync(fake, database);
        await using (var db = database.NewContext())
        {
            (await db.People.SingleAsync(p => p.Nip == Nip.FromTrusted(TeamsPeople.AndiNip))).Email = Upn;
            await db.SaveChangesAsync();
        }

        fake.AddMember(new FakeTeamsMember(FakeTeamsActivities.UserId(Aad), Aad, "Andi Pratama", Upn, Upn, FakeTeamsServer.TenantId));
        var chat = new TeamsChat(fake, Aad);

        // 1. Bound by his UPN: the bot offers his account, he confirms the birth date his NIP holds.
        await chat.InstallAsync(TeamsChat.Offers("id"));
        await chat.TapAsync("id", TeamsChat.Offers("yes"));
        await chat.TapAsync("yes", m => m.Count >= 1);
        var bound = await chat.SayAsync("01-01-1990", TeamsChat.Offers("ok"));
        Assert.Contains(bound, m => TeamsChat.Text(m).Contains("Akun Microsoft Anda cocok", StringComparison.Ordinal));
        await chat.TapAsync("ok", TeamsChat.Offers("mooc"));

        // 2. The first unit and its quiz, every answer a card button.
        var curriculum = host.Services.GetRequiredService<MoocCurriculum>();
        await chat.TapAsync("mooc", TeamsChat.Offers("menu"));
        await chat.TapAsync("menu", TeamsChat.Offers("next"));
        await chat.TapAsync("next", TeamsChat.Offers("studied"));
        var replies = await chat.TapAsync("studied", IsQuestion);
        var questions = 0;
        while (replies.LastOrDefault(m => IsQuestion([m])) is { } question)
        {
            questions++;
            replies = await chat.TapAsync(RightAnswer(curriculum, question), TeamsChat.OffersAny);
        }

        Assert.Equal(curriculum.Units.First().Quiz.Count, questions);
        Assert.Single(chat.Messages, m => TeamsChat.Text(m).StartsWith("🏆 Selamat, Anda mendapat trophy!", StringComparison.Ordinal));

        // 3. A day of actualization: what he did, and a pasted photo as its evidence.
        var activityId = await PlanAsync(database);
        var (photoUrl, _) = fake.AddFile("photo-story", Photo, "image/jpeg");
        await chat.SayAsync("/aktualisasi", TeamsChat.Offers("log"));
        await chat.TapAsync("log", TeamsChat.Offers("a:" + activityId));
        await chat.TapAsync("a:" + activityId, m => m.Count >= 1);
        await chat.SayAsync(Done, TeamsChat.Offers("done"));
        await chat.TapAsync("done", TeamsChat.Offers("done"));
        var kept = await chat.PasteAsync(photoUrl, m => m.Count >= 1);
        Assert.StartsWith("📎", TeamsChat.Text(kept[0]), StringComparison.Ordinal);
        await chat.TapAsync("done", TeamsChat.Offers("save"));
        await chat.TapAsync("save", m => m.Count >= 1);
        await using (var db = database.NewContext())
        {
            var evidence = Assert.Single(await db.Evidence.ToListAsync());
            Assert.Equal((Convert.ToHexStringLower(SHA256.HashData(Photo)), EvidenceRules.Jpeg), (evidence.Sha256, evidence.ContentType));
            Assert.Contains(fake.FileRequests, r => r == ("attachment", 200));
        }

        // 4. A question to his coach, kept in the coaching thread.
        await chat.SayAsync("/coach", m => m.Any(r => TeamsChat.Text(r).StartsWith("Tulis pesan untuk coach Anda", StringComparison.Ordinal)));
        await chat.SayAsync(Question, m => m.Any(r => TeamsChat.Text(r).StartsWith("✅ Pesan Anda tersimpan di percakapan coaching", StringComparison.Ordinal)));
        await using (var db = database.NewContext())
        {
            Assert.Contains(await db.CoachingThreads.SelectMany(t => t.Messages).Select(m => m.Text).ToListAsync(), t => t == Question);
        }

        // 5. A reminder, queued as the reminder runner queues one, arrives in his personal chat.
        int andi;
        await using (var db = database.NewContext())
        {
            andi = (await db.ChannelIdentities.SingleAsync(i => i.Channel == "teams" && i.ChannelUserId == Aad)).PersonId;
        }

        var before = chat.Messages.Count;
        await TeamsPeople.EnqueueAsync(host.Services, andi, "reminder:logbook:story", Reminder);
        await fake.WaitAsync(_ => chat.Messages.Skip(before).Any(m => m.Text == Reminder));

        var reminder = Assert.Single(chat.Messages, m => m.Text == Reminder);
        Assert.Null(reminder.ReplyToId);
        Assert.All(fake.Received.Where(r => r.ConversationId == chat.ConversationId), r => Assert.True(r.Accepted, $"refused with {r.Status}: {r.Body.ToJsonString()}"));
    }

    private static bool IsQuestion(IReadOnlyList<FakeConnectorRequest> messages) =>
        messages.Any(m => TeamsChat.Choices(m) is { Count: > 0 } choices && choices.All(c => AnswerId().IsMatch(c)));

    /// <summary>As a person would: read the question, recall the right option from the course, press the button that says it.</summary>
    private static string RightAnswer(MoocCurriculum curriculum, FakeConnectorRequest question)
    {
        var text = TeamsChat.Text(question);
        var quiz = curriculum.Units.SelectMany(u => u.Quiz).Single(q => text.Contains(q.Question.Indonesian.Trim(), StringComparison.Ordinal));
        var right = quiz.Options.Single(o => o.IsCorrect).Text.Indonesian;
        var card = question.Card!;
        var button = card["actions"]!.AsArray().Single(a => Shows(a!["title"]!.ToString(), right) || Shows(text, a!["title"]!.ToString(), right));
        return button!["data"]!["choice"]!.ToString();
    }

    private static bool Shows(string title, string option) =>
        title.EndsWith('…') ? option.StartsWith(title[..^1][(title.IndexOf(' ', StringComparison.Ordinal) + 1)..].TrimEnd(), StringComparison.Ordinal)
            : title.EndsWith(option.Replace("*", "", StringComparison.Ordinal), StringComparison.Ordinal);

    /// <summary>A button titled by its letter alone: the card's text lists the options, "b. text".</summary>
    private static bool Shows(string text, string title, string option) =>
        title.Length <= 2 && text.Contains($"{title.TrimEnd('.')}. {option}", StringComparison.Ordinal);

    /// <summary>Day 2 of Andi's actualization by today's date, one planned activity.</summary>
    private static async Task<int> PlanAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var participant = await db.Participants.SingleAsync(p => p.Nip == Nip.FromTrusted(TeamsPeople.AndiNip));
        var activity = new PlannedActivity { Title = "Daftar periksa loket", ExpectedOutput = "Daftar periksa", Values = BerAkhlakValues.BerorientasiPelayanan };
        var start = ActualizationSchedule.Today(TimeZoneCode.Wib, DateTimeOffset.UtcNow).AddDays(-1);
        db.ActualizationPlans.Add(new ActualizationPlan { ParticipantId = participant.Id, StartDate = start, Activities = [activity] });
        await db.SaveChangesAsync();
        return activity.Id;
    }
}
