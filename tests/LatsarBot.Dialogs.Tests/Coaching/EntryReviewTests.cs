using LatsarBot.Bot.Outbox;
using LatsarBot.Core.Coaching;
using LatsarBot.Core.Participants;
using LatsarBot.Dialogs.Coaching;
using LatsarBot.Learning.Coaching;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Dialogs.Tests.Coaching;

/// <summary>The coach comments on a log entry and marks it reviewed; the mentor reads it and acknowledges it ("Diketahui mentor").</summary>
public sealed class EntryReviewTests : IAsyncLifetime
{
    private BotHarness _bot = null!;
    private CoachingFixture _f = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.StartAsync();
        _f = await CoachingFixture.SetUpAsync(_bot);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Coach_ReviewsEntryFromTheLogbook_MarkedOnceAndShown()
    {
        var budi = await CoachingFixture.ChatAsync(_bot, _f.Budi);
        await budi.PressAsync(CoachingValues.Logbook(_f.Andi));
        var logbook = budi.AssertReplyStartsWith(ThreadMsg.LogbookTitle, ("name", "Andi Pratama"), ("lines", Text(ThreadMsg.LogbookLine, ("day", 1), ("activity", "Menyusun SOP arsip digital"))));
        await budi.PressAsync(logbook.Buttons[0].Value);
        var entry = budi.AssertReply(r => Assert.Contains(Text(ThreadMsg.EntryNotReviewed), r.Text, StringComparison.Ordinal));
        Assert.Equal([CoachingValues.Comment(_f.AndiEntry), CoachingValues.Review(_f.AndiEntry), CoachingValues.Logbook(_f.Andi)], entry.Buttons.Select(b => b.Value));

        await budi.PressAsync(CoachingValues.Review(_f.AndiEntry));

        budi.AssertReply(ThreadMsg.EntryReviewDone, ("day", 1));
        budi.AssertReply(r => Assert.StartsWith("*Logbook Andi Pratama*\n✅ Hari ke-1", r.Text, StringComparison.Ordinal));
        await budi.PressAsync(CoachingValues.Review(_f.AndiEntry));
        budi.TakeAll();
        await using var db = _bot.NewContext();
        var review = await db.EntryReviews.SingleAsync();
        Assert.Equal((EntryReviewKind.CoachReviewed, _f.Budi, _f.AndiEntry, BotHarness.Start), (review.Kind, review.ReviewerId, review.LogEntryId, review.At));
    }

    [Fact]
    public async Task Coach_CommentsOnEntry_RelayedToParticipantWithTheDayAndStoredInTheThread()
    {
        var andi = await CoachingFixture.ChatAsync(_bot, _f.Andi);
        var budi = await CoachingFixture.ChatAsync(_bot, _f.Budi);
        await budi.PressAsync(CoachingValues.Comment(_f.AndiEntry));
        budi.AssertReply(ThreadMsg.CommentPrompt, ("day", 1));

        await budi.SendAsync("Bagus. Lampirkan juga daftar hadir rapatnya.");

        budi.AssertReply(ThreadMsg.CommentSent, ("day", 1), ("name", "Andi Pratama"));
        await using var db = _bot.NewContext();
        var message = await db.ThreadMessages.SingleAsync();
        Assert.Equal((ThreadAuthor.Coach, _f.AndiEntry), (message.Author, message.LogEntryId));
        var relay = await db.Outbox.SingleAsync(o => o.Key == "thread:" + message.Key);
        Assert.Equal(andi.ConversationId, relay.ConversationId);
        Assert.Equal(
            "💬 *Dr. Budi Santoso, M.Si.* (coach) · Sen, 2 Mar 2026, 08.00 WIB\nKomentar untuk catatan hari ke-1 (Menyusun SOP arsip digital):\nBagus. Lampirkan juga daftar hadir rapatnya.",
            OutboxPayload.Parse(relay.PayloadJson).Text);
    }

    [Fact]
    public async Task Mentor_ReadsAndAcknowledges_CoachSeesBothMarks()
    {
        var joko = await CoachingFixture.ChatAsync(_bot, _f.Joko);
        await joko.SendAsync("/coach");
        var list = joko.AssertReply(ThreadMsg.ListTitle, ("lines", Text(ThreadMsg.ListMentee, ("name", "Andi Pratama"))));
        Assert.Equal([CoachingValues.Logbook(_f.Andi), CoachingValues.Back], list.Buttons.Select(b => b.Value));
        await joko.PressAsync(CoachingValues.Logbook(_f.Andi));
        await joko.PressAsync(joko.TakeAll()[^1].Buttons[0].Value);
        var entry = joko.AssertReply(r => Assert.Contains("Mengumpulkan contoh menyusun sop arsip digital", r.Text, StringComparison.Ordinal));
        Assert.Equal([CoachingValues.Acknowledge(_f.AndiEntry), CoachingValues.Logbook(_f.Andi)], entry.Buttons.Select(b => b.Value));

        await joko.PressAsync(CoachingValues.Acknowledge(_f.AndiEntry));

        joko.AssertReply(ThreadMsg.EntryAcknowledgeDone, ("day", 1));
        joko.AssertReply(r => Assert.StartsWith("*Logbook Andi Pratama*\n👁️ Hari ke-1", r.Text, StringComparison.Ordinal));
        var budi = await CoachingFixture.ChatAsync(_bot, _f.Budi);
        await budi.PressAsync(CoachingValues.Review(_f.AndiEntry));
        budi.TakeAll();
        await budi.PressAsync(CoachingValues.Entry(_f.AndiEntry));
        var both = budi.TakeAll()[^1];
        Assert.Contains("✅ Direview coach (Sen, 2 Mar 2026, 08.00 WIB)\n👁️ Diketahui mentor (Sen, 2 Mar 2026, 08.00 WIB)", both.Text, StringComparison.Ordinal);
        await using var db = _bot.NewContext();
        Assert.Equal([(EntryReviewKind.CoachReviewed, _f.Budi), (EntryReviewKind.MentorAcknowledged, _f.Joko)],
            (await db.EntryReviews.OrderBy(r => r.Kind).ToListAsync()).Select(r => (r.Kind, r.ReviewerId)));
    }

    private string Text(string key, params (string, object?)[] args) => _bot.Messages.Text(Language.Id, key, args);
}
