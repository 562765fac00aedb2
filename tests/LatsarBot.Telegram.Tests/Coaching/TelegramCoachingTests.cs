using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Testing;
using LatsarBot.Testing.FakeTelegram;
using LatsarBot.Telegram.Tests.EndToEnd;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Telegram.Tests.Coaching;

/// <summary>
/// A coaching thread over Telegram, real client ↔ fake Bot API ↔ host: with a coaches' forum group (a topic per
/// participant, both ways through it) and without one (relays in the coach's private chat, answered with reply-to).
/// </summary>
public sealed class TelegramCoachingTests
{
    private const long Group = -1001234567890;
    private const long Andi = 5201;
    private const long Budi = 7201;
    private const long Dewi = 7202;
    private const string Question = "Pak, bolehkah kegiatan 2 saya geser ke minggu depan?";
    private const string Answer = "Boleh, asal mentor Anda setuju.";

    [Fact]
    public async Task ForumGroup_ParticipantAsksCoachAnswersInTheTopic_TopicCreatedOnceAndMessagesFlowBothWays()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var database = TestDatabase.Sqlite();
        await using var host = await TelegramTestHost.StartAsync(fake, database, webhook: false,
            [new("Coaching:CoachGroups:BPSDM Demo LatsarBot", Group.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        var chats = new CoachingChats(fake, host);
        await chats.LogInAsync(Andi, "Andi Pratama");
        await chats.LogInAsync(Budi, "Dr. Budi Santoso, M.Si.");
        await chats.LogInAsync(Dewi, "Dewi Lestari, M.Pd.", Role.Coach);

        await chats.SayAsync(Andi, "/coach", CoachingChats.Says("Tulis pesan untuk coach Anda"));
        await chats.SayAsync(Andi, Question, CoachingChats.Says("✅ Pesan Anda sudah diteruskan ke Dr. Budi Santoso, M.Si."));
        var inGroup = await chats.WaitForAsync(Group, m => m.Count >= 1);

        var topic = Assert.Single(fake.Received, r => r.Method == "createForumTopic");
        Assert.Equal((Group, "Andi Pratama · NDH 1 · Kelas A"), (topic.ChatId, topic.Body["name"]?.ToString()));
        var relay = Assert.Single(inGroup);
        var topicId = relay.TopicId!.Value;
        var text = TelegramChat.Plain(relay.Text);
        Assert.StartsWith("💬 Andi Pratama (NDH 1, Kelas A) · ", text, StringComparison.Ordinal);
        Assert.Contains(" WIB\n" + Question, text, StringComparison.Ordinal);
        Assert.Empty(TelegramChat.Buttons(relay));

        var toAndi = await chats.InTopicAsync(Group, topicId, Budi, Answer, Andi, CoachingChats.Says("💬 <b>Dr. Budi Santoso, M.Si.</b> (coach)"));
        Assert.EndsWith(" WIB\n" + Answer, TelegramChat.Plain(toAndi.Single(m => m.Text?.StartsWith("💬", StringComparison.Ordinal) == true).Text), StringComparison.Ordinal);
        await chats.WaitForAsync(Group, m => m.Any(x => x.Text == "✓ Diteruskan ke Andi Pratama." && x.TopicId == topicId));

        // Another coach writing in Andi's topic reaches nobody.
        await chats.InTopicAsync(Group, topicId, Dewi, "Saya ikut menjawab", Group, m => m.Any(x => x.Text?.StartsWith("Maaf, Anda tidak punya akses", StringComparison.Ordinal) == true && x.TopicId == topicId));

        await chats.SayAsync(Andi, "/coach", CoachingChats.Says("Tulis pesan untuk coach Anda"));
        await chats.SayAsync(Andi, "Terima kasih, Pak.", CoachingChats.Says("✅ Pesan Anda sudah"));
        var second = await chats.WaitForAsync(Group, m => m.Any(x => x.Text?.Contains("Terima kasih, Pak.", StringComparison.Ordinal) == true));
        Assert.Equal(topicId, second.Single(x => x.Text!.Contains("Terima kasih, Pak.", StringComparison.Ordinal)).TopicId);
        Assert.Single(fake.Received, r => r.Method == "createForumTopic");
        Assert.DoesNotContain(chats.To(Andi), m => m.Text?.Contains("Saya ikut menjawab", StringComparison.Ordinal) == true);
        Assert.Empty(chats.To(Budi).Skip(1));
        await AssertThreadAsync(host, 3);
    }

    [Fact]
    public async Task PrivateChats_CoachAnswersWithReplyTo_RelayedBackAndAPlainMessageAsksWhichParticipant()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var database = TestDatabase.Sqlite();
        await using var host = await TelegramTestHost.StartAsync(fake, database, webhook: false);
        var chats = new CoachingChats(fake, host);
        var andiId = await chats.LogInAsync(Andi, "Andi Pratama");
        await chats.LogInAsync(Budi, "Dr. Budi Santoso, M.Si.");

        await chats.SayAsync(Andi, "/coach", CoachingChats.Says("Tulis pesan untuk coach Anda"));
        await chats.SayAsync(Andi, Question, CoachingChats.Says("✅ Pesan Anda sudah diteruskan"));
        var relay = (await chats.WaitForAsync(Budi, m => m.Any(x => x.Text?.Contains(Question, StringComparison.Ordinal) == true)))
            .Single(x => x.Text!.Contains(Question, StringComparison.Ordinal));
        Assert.StartsWith("💬 Andi Pratama (NDH 1, Kelas A) · ", TelegramChat.Plain(relay.Text), StringComparison.Ordinal);
        Assert.Null(relay.TopicId);

        await chats.RelaysSentAsync();
        await chats.ReplyAsync(Budi, relay.MessageId!.Value, Answer, CoachingChats.Says("✅ Jawaban Anda sudah diteruskan ke Andi Pratama."));
        var answer = (await chats.WaitForAsync(Andi, m => m.Any(x => x.Text?.Contains(Answer, StringComparison.Ordinal) == true)))
            .Single(x => x.Text!.Contains(Answer, StringComparison.Ordinal));
        Assert.StartsWith("💬 Dr. Budi Santoso, M.Si. (coach) · ", TelegramChat.Plain(answer.Text), StringComparison.Ordinal);

        // Budi coaches Andi and Siti: a message that answers nothing is asked about first, and nothing is lost.
        var asked = await chats.SayAsync(Budi, "Jangan lupa unggah bukti kegiatan hari ini.", CoachingChats.Says("Pesan ini untuk peserta yang mana?"));
        Assert.Contains(TelegramChat.Buttons(asked.Last()), b => b.Text == "⏳ Andi Pratama" || b.Text == "Andi Pratama");
        Assert.Contains(TelegramChat.Buttons(asked.Last()), b => b.Text == "Siti Rahmawati");
        await chats.PressAsync(Budi, $"thread.reply:{andiId}", CoachingChats.Says("✅ Jawaban Anda sudah diteruskan ke Andi Pratama."));
        await chats.WaitForAsync(Andi, m => m.Any(x => x.Text?.Contains("Jangan lupa unggah bukti kegiatan hari ini.", StringComparison.Ordinal) == true));

        // The participant may answer the coach's message the same way.
        await chats.RelaysSentAsync();
        await chats.ReplyAsync(Andi, answer.MessageId!.Value, "Baik, Pak.", CoachingChats.Says("✅ Pesan Anda sudah diteruskan ke Dr. Budi Santoso, M.Si."));
        await chats.WaitForAsync(Budi, m => m.Any(x => TelegramChat.Plain(x.Text).Contains("\nBaik, Pak.\n\nMohon dijawab paling lambat ", StringComparison.Ordinal)));
        await AssertThreadAsync(host, 4);
    }

    /// <summary>Every message is in the thread once, and each was relayed exactly once.</summary>
    private static async Task AssertThreadAsync(TelegramTestHost host, int messages)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LatsarDb>();
        Assert.Equal(messages, await db.ThreadMessages.CountAsync());
        Assert.Equal(messages, await db.Outbox.CountAsync(o => o.Key != null && o.Key.StartsWith("thread:")));
    }
}
