using LatsarBot.Core.Coaching;
using LatsarBot.Core.Participants;
using LatsarBot.Data.Demo;
using LatsarBot.Teams.Tests.Delivery;
using LatsarBot.Testing;
using LatsarBot.Testing.FakeTeams;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Teams.Tests.EndToEnd;

/// <summary>
/// Coaching in a team channel (Coaching:TeamsChannels): Andi's questions open his thread in his institution's coaches'
/// channel once and go on in it; his coach answers in that thread with an @mention, and the answer reaches Andi in
/// his personal chat, while the thread hears that it was passed on.
/// </summary>
public sealed class TeamsCoachChannelTests
{
    private const string Andi = "aad-andi-coached";
    private const string Coach = "aad-coach";
    private const string CoachChannel = "19:coaches-bpsdm@thread.tacv2";
    private const string Question = "Pak, bolehkah kegiatan 2 saya geser ke minggu depan?";
    private const string Again = "Maaf, satu lagi: laporan mingguan dikirim hari Jumat?";
    private const string Answer = "Boleh, asal mentor Anda setuju.";

    [Fact]
    public async Task ParticipantsThreadOpensOnceInTheCoachesChannel_AndTheCoachsAnswerThereReachesHim()
    {
        await using var fake = await FakeTeamsServer.StartAsync(FakeTeamsLimits.Relaxed);
        await using var database = TestDatabase.Sqlite();
        await using var host = await TeamsTestHost.StartAsync(fake, database, [new($"Coaching:TeamsChannels:{DemoSeeder.InstitutionName}", CoachChannel)]);
        var andi = await TeamsPeople.BindOnTeamsAsync(database, Andi, TimeSpan.FromHours(1));
        await BindCoachAsync(database, andi);

        // The app was added to the coaches' team, and Andi has his personal chat with the bot.
        (await fake.PushAsync(FakeTeamsActivities.BotAdded(fake.ServiceUrl, "team-added", Coach, "channel", CoachChannel))).EnsureSuccessStatusCode();
        var chat = new TeamsChat(fake, Andi);
        (await fake.PushAsync(FakeTeamsActivities.Installation(fake.ServiceUrl, "andi-install", Andi, "add"))).EnsureSuccessStatusCode();

        // Andi asks twice: one thread in the channel, started by the first question, the second in it.
        await chat.SayAsync("/coach", m => m.Any(r => TeamsChat.Text(r).StartsWith("Tulis pesan untuk coach Anda", StringComparison.Ordinal)));
        await chat.SayAsync(Question, m => m.Any(r => TeamsChat.Text(r).StartsWith("✅ Pesan Anda sudah diteruskan", StringComparison.Ordinal)));
        var started = (await fake.WaitAsync(r => r.Any(c => c.Path == "/v3/conversations" && c.Accepted))).Single(c => c.Path == "/v3/conversations");
        Assert.Equal((true, CoachChannel), (started.Body["isGroup"]!.GetValue<bool>(), started.Body["channelData"]!["channel"]!["id"]!.ToString()));
        var root = started.Body["activity"]!["text"]!.ToString();
        Assert.Contains("Andi Pratama", root, StringComparison.Ordinal);
        Assert.Contains(Question, root, StringComparison.Ordinal);
        var thread = Assert.Single(fake.CreatedThreads);
        await chat.SayAsync("/coach", m => m.Any(r => TeamsChat.Text(r).StartsWith("Tulis pesan untuk coach Anda", StringComparison.Ordinal)));
        await chat.SayAsync(Again, m => m.Any(r => TeamsChat.Text(r).StartsWith("✅ Pesan Anda sudah diteruskan", StringComparison.Ordinal)));
        await fake.WaitAsync(r => r.Any(c => c.ConversationId == thread && c.Text?.Contains(Again, StringComparison.Ordinal) == true));
        Assert.Single(fake.Received, r => r.Path == "/v3/conversations");

        // His coach answers in the thread, addressing the bot: Andi gets it in his own chat, the thread hears it went.
        var before = chat.Messages.Count;
        (await fake.PushAsync(FakeTeamsActivities.MentionMessage(fake.ServiceUrl, "coach-answer", Coach, Answer, "channel", thread))).EnsureSuccessStatusCode();
        await fake.WaitAsync(_ => chat.Messages.Skip(before).Any(m => TeamsChat.Text(m).Contains(Answer, StringComparison.Ordinal)));
        await fake.WaitAsync(r => r.Any(c => c.ConversationId == thread && c.Accepted && c.Text?.Contains("Andi Pratama", StringComparison.Ordinal) == true
            && c.Text.Contains(Question, StringComparison.Ordinal) == false && c.Text.Contains(Again, StringComparison.Ordinal) == false));

        await using var db = database.NewContext();
        var messages = await db.CoachingThreads.Where(t => t.ParticipantId == andi).SelectMany(t => t.Messages).OrderBy(m => m.SentAt).Select(m => new { m.Author, m.Text }).ToListAsync();
        Assert.Equal([(ThreadAuthor.Participant, Question), (ThreadAuthor.Participant, Again), (ThreadAuthor.Coach, Answer)], messages.Select(m => (m.Author, m.Text)));
        Assert.DoesNotContain(fake.Received, r => r.ConversationId == CoachChannel && r.IsActivity);
        Assert.All(fake.Received.Where(r => r.Path.StartsWith("/v3/", StringComparison.Ordinal) && r.Method == "POST"), r => Assert.True(r.Accepted, $"refused with {r.Status}: {r.Path} {r.Body.ToJsonString()}"));
    }

    private static async Task BindCoachAsync(TestDatabase database, int participantId)
    {
        await using var db = database.NewContext();
        var coachId = (await db.Participants.SingleAsync(p => p.Id == participantId)).CoachId!.Value;
        var at = DateTimeOffset.UtcNow.AddHours(-2);
        db.ChannelIdentities.Add(new ChannelIdentity
        {
            Channel = "teams", ChannelUserId = Coach, ConversationId = FakeTeamsActivities.PersonalChat(Coach), PersonId = coachId, Proof = IdentityProof.EnrolmentCode,
            BoundAt = at, LastActiveAt = at,
        });
        await db.SaveChangesAsync();
    }
}
