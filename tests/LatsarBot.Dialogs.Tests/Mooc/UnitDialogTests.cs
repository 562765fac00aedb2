using LatsarBot.Bot.Activities;
using LatsarBot.Core.Curriculum;
using LatsarBot.Dialogs.Mooc;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Dialogs.Tests.Mooc;

public sealed class UnitDialogTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private MoocCurriculum Curriculum => _bot.Services.GetRequiredService<MoocCurriculum>();

    [Fact]
    public async Task FirstVisit_WelcomeVideoThenAgendaMenuWithProgress()
    {
        var flow = await MoocFixture.LoggedInAsync(_bot);

        await flow.SendAsync("/mooc");
        var welcome = flow.AssertReply(r => Assert.Contains(Curriculum.Welcome.Title.Indonesian, r.Text, StringComparison.Ordinal));
        flow.AssertReply(MoocMsg.WhatNext);
        await flow.PressAsync("menu");

        Assert.Equal(AttachmentKind.Video, welcome.Attachments.Single().Kind);
        var menu = flow.AssertReplyFrom(MoocMsg.Menu);
        Assert.Equal("next", menu.Buttons[0].Value);
        Assert.Equal(["agenda:kebijakan", "agenda:agenda-1", "agenda:agenda-2", "agenda:agenda-3"], menu.Buttons.Skip(1).Take(4).Select(b => b.Value));
        Assert.Contains("(0/13)", menu.Buttons[2].Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unit_StudiedAndQuizPassed_OneTrophyOnlyEvenWhenRepeated()
    {
        var flow = await AtFirstUnitAsync();

        var outcome = await PassQuizAsync(flow);
        Assert.Equal(_bot.Messages.Text(Core.Participants.Language.Id, MoocMsg.TrophyAwarded, ("trophies", 1), ("stars", "☆")), outcome.Text);
        await flow.PressAsync("menu");
        await flow.PressAsync("agenda:kebijakan");
        await flow.PressAsync("mp:kebijakan-umum");
        var units = flow.TakeAll()[^1];
        Assert.StartsWith("🏆 ", units.Buttons[0].Title, StringComparison.Ordinal);
        await flow.PressAsync("unit:u-k-1");
        flow.TakeAll();
        var again = await PassQuizAsync(flow);

        Assert.Equal(_bot.Messages.Text(Core.Participants.Language.Id, MoocMsg.TrophyAlready, ("trophies", 1)), again.Text);
        await using var db = _bot.NewContext();
        Assert.Equal(1, await db.UnitProgress.CountAsync(u => u.TrophyAt != null));
    }

    [Fact]
    public async Task Unit_QuizFailed_NoTrophyAndRetryOffered()
    {
        var flow = await AtFirstUnitAsync();

        var last = await AnswerQuizAsync(flow, right: false);

        var count = Curriculum.FindUnit("u-k-1")!.Quiz.Count;
        Assert.Equal(_bot.Messages.Text(Core.Participants.Language.Id, MoocMsg.QuizFailed, ("correct", 0), ("count", count), ("percent", 70)), last[^2].Text);
        Assert.Equal(["retry", "study", "next", "menu"], last[^1].Buttons.Select(b => b.Value));
        await using var db = _bot.NewContext();
        Assert.Equal(0, await db.UnitProgress.CountAsync(u => u.TrophyAt != null));
    }

    [Fact]
    public async Task Quiz_PressOnAnOldQuestionsButton_PoliteNoteAndSameQuestionAgain()
    {
        var flow = await AtFirstUnitAsync();
        await flow.PressAsync("studied");
        var question = flow.TakeAll().Last();

        await flow.PressAsync("q7.a");

        flow.AssertReply(MoocMsg.QuizStale);
        var again = flow.AssertReply(r => Assert.StartsWith("*Soal 1/", r.Text, StringComparison.Ordinal));
        Assert.Equal(question.Buttons.Select(b => b.Value), again.Buttons.Select(b => b.Value));
    }

    [Fact]
    public async Task Next_AfterAUnit_ResumesOnAnotherChannelWhereTheParticipantLeftOff()
    {
        var web = await AtFirstUnitAsync();
        await PassQuizAsync(web);
        var telegram = await MoocFixture.LoggedInAsync(_bot, channel: "telegram");

        await telegram.SendAsync("/mooc");

        var menu = telegram.AssertReplyFrom(MoocMsg.Menu);
        Assert.Contains(Curriculum.FindUnit("u-k-2")!.Title.Indonesian, menu.Buttons[0].Title, StringComparison.Ordinal);
        await telegram.PressAsync("next");
        telegram.AssertReply(r => Assert.Contains(Curriculum.FindUnit("u-k-2")!.Title.Indonesian, r.Text, StringComparison.Ordinal));
    }

    private async Task<TestFlow> AtFirstUnitAsync()
    {
        var flow = await MoocFixture.LoggedInAsync(_bot);
        await flow.SendAsync("/mooc");
        await flow.PressAsync("menu");
        await flow.PressAsync("next");
        var header = flow.TakeAll().Last(r => r.Attachments.Count > 0);
        Assert.Contains(Curriculum.FindUnit("u-k-1")!.Title.Indonesian, header.Text, StringComparison.Ordinal);
        return flow;
    }

    /// <summary>Presses "studied" and answers every question right; returns the trophy message.</summary>
    private async Task<Reply> PassQuizAsync(TestFlow flow) => (await AnswerQuizAsync(flow, right: true))[^2];

    /// <summary>Presses "studied" and answers every question; returns the replies of the last answer.</summary>
    private async Task<IReadOnlyList<Reply>> AnswerQuizAsync(TestFlow flow, bool right)
    {
        await flow.PressAsync("studied");
        var replies = flow.TakeAll();
        while (replies[^1].Buttons.Count > 0 && replies[^1].Buttons.All(b => b.Value.StartsWith('q')))
        {
            await flow.PressAsync(MoocFixture.Answer(_bot, replies[^1], right).Value);
            replies = flow.TakeAll();
        }

        return replies;
    }
}
