using LatsarBot.Data.Coaching;
using LatsarBot.Dialogs.Coaching;
using LatsarBot.Learning.Coaching;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Dialogs.Tests.Coaching;

/// <summary>
/// A participant's message on a Friday is due at the end of Tuesday: on the fake clock it is not overdue at 23:59 on
/// Tuesday and is at midnight; then the organiser's view and the coach's list flag it, and a holiday moves it.
/// </summary>
public sealed class OverdueThreadTests
{
    /// <summary>Friday 6 March 2026, 10:00 WIB.</summary>
    private static readonly DateTimeOffset Friday = new(2026, 3, 6, 3, 0, 0, TimeSpan.Zero);

    private static readonly DateTimeOffset EndOfTuesday = new(2026, 3, 11, 0, 0, 0, TimeSpan.FromHours(7));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task FridayMessage_DueTuesdayEndOfDay_ThenListedForOrganiserAndFlaggedForCoach(Data.DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var bot = await BotHarness.StartAsync(database, now: Friday);
        var f = await CoachingFixture.SetUpAsync(bot);
        var budi = await CoachingFixture.ChatAsync(bot, f.Budi);
        var andi = await CoachingFixture.ChatAsync(bot, f.Andi);
        await AskAsync(andi, "Pak, apakah bukti boleh berupa tangkapan layar?");

        andi.AssertReply(ThreadMsg.AskSent, ("coach", "Dr. Budi Santoso, M.Si."), ("due", "Sel, 10 Mar 2026, 23.59 WIB"));
        await using (var db = bot.NewContext())
        {
            var thread = await db.CoachingThreads.SingleAsync();
            Assert.Equal((Friday, EndOfTuesday), (thread.WaitingSince!.Value, thread.DueAt!.Value));
            bot.Time.SetUtcNow(EndOfTuesday.AddMinutes(-1));
            Assert.Empty(await CoachingThreads.OverdueAsync(db, bot.Time.GetUtcNow()));
            bot.Time.SetUtcNow(EndOfTuesday);
            var overdue = Assert.Single(await CoachingThreads.OverdueAsync(db, bot.Time.GetUtcNow(), cohort: "Angkatan I Tahun 2026"));
            Assert.Equal(("Andi Pratama", "Dr. Budi Santoso, M.Si.", EndOfTuesday), (overdue.ParticipantName, overdue.CoachName, overdue.DueAt));
            Assert.Empty(await CoachingThreads.OverdueAsync(db, bot.Time.GetUtcNow(), cohort: "Angkatan lain"));
        }

        var rina = await CoachingFixture.ChatAsync(bot, f.Rina);
        await rina.SendAsync("/coach");
        rina.AssertReply(ThreadMsg.OverdueTitle, ("lines",
            "⚠️ Andi Pratama (NDH 1, Kelas A) — coach Dr. Budi Santoso, M.Si., menunggu sejak Jum, 6 Mar 2026, 10.00 WIB, tenggat Sel, 10 Mar 2026, 23.59 WIB"));
        await budi.SendAsync("/coach");
        budi.AssertReply(r => Assert.StartsWith("*Peserta bimbingan Anda*\n⚠️ *Andi Pratama* — LEWAT TENGGAT (Sel, 10 Mar 2026, 23.59 WIB)", r.Text, StringComparison.Ordinal));

        // The answer ends the wait: nothing is overdue any more.
        await budi.PressAsync(CoachingValues.Reply(f.Andi));
        await budi.SendAsync("Boleh, asal tanggalnya terlihat.");
        await using var after = bot.NewContext();
        Assert.Empty(await CoachingThreads.OverdueAsync(after, bot.Time.GetUtcNow()));
    }

    [Fact]
    public async Task FridayMessage_MondayIsAHoliday_DueWednesdayEndOfDay()
    {
        await using var bot = await BotHarness.StartAsync(now: Friday, settings: [new("Coaching:Holidays:0", "2026-03-09")]);
        var f = await CoachingFixture.SetUpAsync(bot);
        await CoachingFixture.ChatAsync(bot, f.Budi);
        var andi = await CoachingFixture.ChatAsync(bot, f.Andi);

        await AskAsync(andi, "Pak, kapan jadwal coaching minggu depan?");

        andi.AssertReply(ThreadMsg.AskSent, ("coach", "Dr. Budi Santoso, M.Si."), ("due", "Rab, 11 Mar 2026, 23.59 WIB"));
        await using var db = bot.NewContext();
        Assert.Equal(EndOfTuesday.AddDays(1), (await db.CoachingThreads.SingleAsync()).DueAt);
    }

    [Fact]
    public async Task WednesdayMessage_BeforeLabourDayFromTheHolidayCalendar_DueMondayEndOfDay()
    {
        // 1 May 2026 (a Friday) is in content/holidays.yaml, not in any Coaching setting.
        await using var bot = await BotHarness.StartAsync(now: new DateTimeOffset(2026, 4, 29, 3, 0, 0, TimeSpan.Zero));
        var f = await CoachingFixture.SetUpAsync(bot);
        await CoachingFixture.ChatAsync(bot, f.Budi);
        var andi = await CoachingFixture.ChatAsync(bot, f.Andi);

        await AskAsync(andi, "Pak, apakah laporan boleh dikirim Senin?");

        await using var db = bot.NewContext();
        Assert.Equal(new DateTimeOffset(2026, 5, 5, 0, 0, 0, TimeSpan.FromHours(7)), (await db.CoachingThreads.SingleAsync()).DueAt);
    }

    [Fact]
    public async Task SecondMessageBeforeTheAnswer_KeepsTheFirstDeadline()
    {
        await using var bot = await BotHarness.StartAsync(now: Friday);
        var f = await CoachingFixture.SetUpAsync(bot);
        await CoachingFixture.ChatAsync(bot, f.Budi);
        var andi = await CoachingFixture.ChatAsync(bot, f.Andi);
        await AskAsync(andi, "Pertanyaan pertama");
        bot.Time.Advance(TimeSpan.FromDays(3));

        await AskAsync(andi, "Pertanyaan kedua");

        await using var db = bot.NewContext();
        var thread = await db.CoachingThreads.SingleAsync();
        Assert.Equal((Friday, EndOfTuesday), (thread.WaitingSince!.Value, thread.DueAt!.Value));
        Assert.Equal(2, await db.ThreadMessages.CountAsync());
        Assert.Equal(2, await db.Outbox.CountAsync(o => o.Key != null && o.Key.StartsWith("thread:")));
    }

    [Fact]
    public async Task CoachList_WaitingFirstThenLatestThenSilent()
    {
        await using var bot = await BotHarness.StartAsync(now: Friday);
        var f = await CoachingFixture.SetUpAsync(bot);
        await using (var db = bot.NewContext())
        {
            // Budi coaches both demo participants and a third who has not written yet.
            var siti = await db.Participants.SingleAsync(p => p.Id == f.Siti);
            siti.CoachId = f.Budi;
            var andi = await db.Participants.SingleAsync(p => p.Id == f.Andi);
            db.Participants.Add(new Core.Participants.Participant { InstitutionId = andi.InstitutionId, ClassId = andi.ClassId, Name = "Bayu Aji", Ndh = 3, CoachId = f.Budi });
            await db.SaveChangesAsync();
        }

        var budi = await CoachingFixture.ChatAsync(bot, f.Budi);
        var andiChat = await CoachingFixture.ChatAsync(bot, f.Andi);
        var sitiChat = await CoachingFixture.ChatAsync(bot, f.Siti);
        await AskAsync(andiChat, "Pertanyaan Andi");
        await budi.PressAsync(CoachingValues.Reply(f.Andi));
        await budi.SendAsync("Jawaban untuk Andi");
        bot.Time.Advance(TimeSpan.FromHours(1));
        await AskAsync(sitiChat, "Pertanyaan Siti");
        budi.TakeAll();

        await budi.SendAsync("/coach");

        var list = budi.TakeAll()[^1];
        Assert.Equal(["⏳ Siti Rahmawati", "Andi Pratama", "Bayu Aji", "⬅️ Menu utama"], list.Buttons.Select(b => b.Title));
        // Siti lives in WITA: her deadline is the end of Tuesday there, an hour earlier on the coach's WIB clock.
        Assert.Equal(
            "*Peserta bimbingan Anda*\n"
            + "⏳ *Siti Rahmawati* — menunggu jawaban sampai Sel, 10 Mar 2026, 22.59 WIB: “Pertanyaan Siti”\n"
            + "💬 *Andi Pratama* — Jum, 6 Mar 2026, 10.00 WIB: “Jawaban untuk Andi”\n"
            + "▫️ *Bayu Aji* — belum ada pesan",
            list.Text);
    }

    [Fact]
    public async Task CoachWithoutAChat_MessageKeptInTheThreadAndTheParticipantToldSo()
    {
        await using var bot = await BotHarness.StartAsync(now: Friday);
        var f = await CoachingFixture.SetUpAsync(bot);
        var andi = await CoachingFixture.ChatAsync(bot, f.Andi);

        await AskAsync(andi, "Apakah Bapak sudah membaca rancangan saya?");

        andi.AssertReply(ThreadMsg.AskSaved, ("coach", "Dr. Budi Santoso, M.Si."), ("due", "Sel, 10 Mar 2026, 23.59 WIB"));
        await using var db = bot.NewContext();
        Assert.Equal(1, await db.ThreadMessages.CountAsync());
        Assert.Equal(0, await db.Outbox.CountAsync(o => o.Key != null && o.Key.StartsWith("thread:")));
    }

    private static async Task AskAsync(TestFlow flow, string text)
    {
        await flow.SendAsync("/coach");
        flow.TakeAll();
        await flow.SendAsync(text);
    }
}
