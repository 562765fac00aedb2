using System.Text.RegularExpressions;
using LatsarBot.Bot.Activities;
using LatsarBot.Core.Mooc.PostTest;
using LatsarBot.Core.Mooc.Progress;
using LatsarBot.Core.Participants;
using LatsarBot.Dialogs.Mooc;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Dialogs.Tests.Mooc;

public sealed partial class PostTestDialogTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [GeneratedRegex(@"^pt\d+\.\d+\.[a-d]$")]
    private static partial Regex AnswerButton();

    [Fact]
    public async Task PostTest_MinimumsNotMet_ExplainsWhatIsMissing()
    {
        await MoocFixture.AwardAsync(_bot, k: 2, s1: 22, s2: 3);
        var flow = await AtMoocMenuAsync();

        await flow.PressAsync("posttest");

        var reply = flow.AssertReplyFrom(MoocMsg.PostTestNotReady);
        Assert.Contains("Total trophy: 27/28 — kurang 1", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Substansi 1 (S1): 22/23 — kurang 1", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostTest_AllRightOnFirstAttempt_Records100AndLocks()
    {
        await MoocFixture.AwardAsync(_bot, k: 2, s1: 23, s2: 3);
        var flow = await AtPostTestIntroAsync();

        var result = await TakeAsync(flow, wrongS2: 0);
        await flow.PressAsync("posttest");

        Assert.Equal(Text(MoocMsg.PostTestPassed, ("raw", "100,00"), ("recorded", "100,00"), ("attempt", 1)), result.Text);
        flow.AssertReply(MoocMsg.PostTestLocked, ("score", "100,00"));
    }

    [Fact]
    public async Task PostTest_PassOnAttempt5WithRaw95_Records90_01()
    {
        await MoocFixture.AwardAsync(_bot, k: 2, s1: 23, s2: 3);
        await MoocFixture.AddFinishedAttemptsAsync(_bot, 4, raw: 50m);
        var flow = await AtPostTestIntroAsync();

        var result = await TakeAsync(flow, wrongS2: 1);

        Assert.Equal(Text(MoocMsg.PostTestPassed, ("raw", "95,00"), ("recorded", "90,01"), ("attempt", 5)), result.Text);
        await using var db = _bot.NewContext();
        var attempt = await db.PostTestAttempts.SingleAsync(a => a.Number == 5);
        Assert.Equal((PostTestAttemptStatus.Finished, 95.00m, 90.01m), (attempt.Status, attempt.RawScore!.Value, attempt.RecordedScore!.Value));
    }

    [Fact]
    public async Task PostTest_PassOnAttempt7WithRaw100_Records70_01()
    {
        await MoocFixture.AwardAsync(_bot, k: 2, s1: 23, s2: 3);
        await MoocFixture.AddFinishedAttemptsAsync(_bot, 6, raw: 40m);
        var flow = await AtPostTestIntroAsync();

        var result = await TakeAsync(flow, wrongS2: 0);

        Assert.Equal(Text(MoocMsg.PostTestPassed, ("raw", "100,00"), ("recorded", "70,01"), ("attempt", 7)), result.Text);
    }

    [Fact]
    public async Task PostTest_EveryPayloadOfAFullAttempt_RevealsNoAnswerKey()
    {
        await MoocFixture.AwardAsync(_bot, k: 2, s1: 23, s2: 3);
        var flow = await AtPostTestIntroAsync();

        await TakeAsync(flow, wrongS2: 0);

        await using var db = _bot.NewContext();
        var payloads = await db.Outbox.Select(o => o.PayloadJson).ToListAsync();
        var questions = payloads.Where(p => p.Contains("\"value\":\"pt", StringComparison.Ordinal)).ToList();
        Assert.Equal(20, questions.Count);
        var replies = questions.Select(LatsarBot.Storage.OutboxReplies.Parse).ToList();
        Assert.All(replies.SelectMany(r => r.Buttons), b => Assert.Matches(AnswerButton(), b.Value));
        Assert.All(payloads, p => Assert.DoesNotContain("correct", p, StringComparison.OrdinalIgnoreCase));
        Assert.All(replies, r => Assert.Equal(4, r.Buttons.Select(b => b.Value[^1]).Distinct().Count()));
    }

    [Fact]
    public async Task PostTest_PressOnAnEarlierQuestion_IgnoredWithANote()
    {
        await MoocFixture.AwardAsync(_bot, k: 2, s1: 23, s2: 3);
        var flow = await AtPostTestIntroAsync();
        await flow.PressAsync("begin");
        var first = flow.TakeAll()[^1];
        await flow.PressAsync(MoocFixture.Answer(_bot, first).Value);
        var second = flow.TakeAll()[^1];

        await flow.PressAsync(first.Buttons[0].Value);

        flow.AssertReply(MoocMsg.PostTestStale);
        var again = flow.AssertReply(r => Assert.Equal(second.Text, r.Text));
        await using var db = _bot.NewContext();
        Assert.Single(PostTestPaperAnswers(await db.PostTestAttempts.SingleAsync()));
    }

    [Fact]
    public async Task PostTest_AnswerAfterTheTimeLimit_NotCountedAndTheAttemptCloses()
    {
        await MoocFixture.AwardAsync(_bot, k: 2, s1: 23, s2: 3);
        var flow = await AtPostTestIntroAsync();
        await flow.PressAsync("begin");
        var first = flow.TakeAll()[^1];
        _bot.Time.Advance(TimeSpan.FromMinutes(61));

        await flow.PressAsync(MoocFixture.Answer(_bot, first).Value);

        flow.AssertReply(MoocMsg.PostTestTimeUp);
        await using var db = _bot.NewContext();
        var attempt = await db.PostTestAttempts.SingleAsync();
        Assert.Equal((PostTestAttemptStatus.Abandoned, 0m, false), (attempt.Status, attempt.RawScore!.Value, attempt.Passed));
        Assert.Empty(PostTestPaperAnswers(attempt));
    }

    [Fact]
    public async Task Progress_28TrophiesWithMinimums_ShowsStarsAndAttitudeScore()
    {
        await MoocFixture.AwardAsync(_bot, k: 2, s1: 23, s2: 3);
        var flow = await MoocFixture.LoggedInAsync(_bot);

        await flow.SendAsync("/progres");

        var card = flow.AssertReplyStartsWith(MoocMsg.ProgressTitle);
        Assert.Contains("🏆 28 dari 50 trophy · ⭐⭐🌗", card.Text, StringComparison.Ordinal);
        Assert.Contains("*70,01*", card.Text, StringComparison.Ordinal);
        Assert.Contains("✅ Substansi 2 (S2): 3/3", card.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Progress_27Trophies_NoAttitudeScoreYet()
    {
        await MoocFixture.AwardAsync(_bot, k: 2, s1: 22, s2: 3);
        var flow = await MoocFixture.LoggedInAsync(_bot);

        await flow.SendAsync("/progres");

        var card = flow.AssertReplyStartsWith(MoocMsg.ProgressTitle);
        Assert.Contains(Text(MoocMsg.ProgressAttitudeNone), card.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Leaderboard_TwoClassmates_RanksByTrophiesAndHidesOnRequest()
    {
        await MoocFixture.AwardAsync(_bot, k: 2, s1: 3, s2: 0);
        var flow = await MoocFixture.LoggedInAsync(_bot);

        await flow.SendAsync("/peringkat");
        var board = flow.AssertReplyStartsWith(MoocMsg.LeaderboardTitle, ("count", 2));
        await flow.PressAsync("hide");

        Assert.Contains("1. A.P. ⬅️ — 5 🏆", board.Text, StringComparison.Ordinal);
        flow.AssertReply(MoocMsg.LeaderboardHidden);
        await using var db = _bot.NewContext();
        Assert.True((await db.MoocProgress.SingleAsync()).HiddenOnLeaderboard);
    }

    private string Text(string key, params (string, object?)[] args) => _bot.Messages.Text(Language.Id, key, args);

    private static IReadOnlyList<string> PostTestPaperAnswers(PostTestAttemptRecord attempt) => PostTestPaper.ParseAnswers(attempt.AnswersJson);

    private async Task<TestFlow> AtMoocMenuAsync()
    {
        var flow = await MoocFixture.LoggedInAsync(_bot);
        await flow.SendAsync("/mooc");
        flow.TakeAll();
        return flow;
    }

    private async Task<TestFlow> AtPostTestIntroAsync()
    {
        var flow = await AtMoocMenuAsync();
        await flow.PressAsync("posttest");
        flow.AssertReplyFrom(MoocMsg.PostTestIntro);
        return flow;
    }

    /// <summary>Begins and answers all 20 questions, <paramref name="wrongS2"/> S2 ones wrong; returns the result message (the MOOC menu follows it).</summary>
    private async Task<Reply> TakeAsync(TestFlow flow, int wrongS2)
    {
        await flow.PressAsync("begin");
        var replies = flow.TakeAll();
        var wrongLeft = wrongS2;
        while (replies[^1].Buttons.Count > 0 && replies[^1].Buttons.All(b => AnswerButton().IsMatch(b.Value)))
        {
            var right = MoocFixture.IsS1Question(_bot, replies[^1]) || wrongLeft-- <= 0;
            await flow.PressAsync(MoocFixture.Answer(_bot, replies[^1], right).Value);
            replies = flow.TakeAll();
        }

        return replies[^2];
    }
}
