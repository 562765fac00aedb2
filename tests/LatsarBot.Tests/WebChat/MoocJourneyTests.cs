using System.Text.RegularExpressions;
using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Messages;
using LatsarBot.Core.Curriculum;
using LatsarBot.Core.Participants;
using LatsarBot.Dialogs;
using LatsarBot.Dialogs.Mooc;
using LatsarBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Tests.WebChat;

/// <summary>A whole MOOC through the web chat API: login, all 50 units, the post test, the scores.</summary>
public sealed partial class MoocJourneyTests : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await TestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [GeneratedRegex(@"^(q\d+|pt\d+\.\d+)\.[a-e]$")]
    private static partial Regex AnswerButton();

    private MoocCurriculum Curriculum => _host.Services.GetRequiredService<MoocCurriculum>();

    private PostTestPool Pool => _host.Services.GetRequiredService<PostTestPool>();

    [Fact]
    public async Task Participant_LoginToPassedPostTest_TrophiesStarsAndBothScoresAsTheRulesSay()
    {
        var flow = await WebChatTransport.FlowAsync(_host, _host.Services.GetRequiredService<MessageCatalog>());
        await LogInAsync(flow);
        await flow.SendAsync("/mooc");
        await flow.PressAsync("menu");
        flow.TakeAll();

        var trophyMessages = 0;
        for (var unit = 0; unit < Curriculum.Units.Count(); unit++)
        {
            await flow.PressAsync("next");
            await flow.PressAsync("studied");
            var replies = await AnswerAllAsync(flow, wrongS1: 0, wrongS2: 0);
            trophyMessages += replies.Count(r => r.Text.StartsWith("🏆 Selamat", StringComparison.Ordinal));
            await flow.PressAsync("menu");
            flow.TakeAll();
        }

        await flow.PressAsync("posttest");
        flow.AssertReply(r => Assert.StartsWith("*Post test (Evaluasi 1)*", r.Text, StringComparison.Ordinal));
        await flow.PressAsync("begin");
        var result = (await AnswerAllAsync(flow, wrongS1: 1, wrongS2: 2))[^2];
        await flow.SendAsync("/progres");
        var card = flow.TakeAll()[0];

        Assert.Equal(50, trophyMessages);
        Assert.Equal("🎉 *Lulus!* Nilai mentah 85,00, nilai tercatat *85,00* (percobaan ke-1).", result.Text); // DOMAIN.md A.15: 13/14 and 4/6 → 85.00
        Assert.Contains("🏆 50 dari 50 trophy · ⭐⭐⭐⭐⭐", card.Text, StringComparison.Ordinal);
        Assert.Contains("Nilai sikap perilaku (dari trophy): *100,00*", card.Text, StringComparison.Ordinal);
        Assert.Contains("Post test: nilai tercatat *85,00* (1 kali percobaan).", card.Text, StringComparison.Ordinal);
    }

    private static async Task LogInAsync(TestFlow flow)
    {
        await DemoPeople.LogInAsync(flow);
        flow.AssertReply(Msg.Welcome);
        flow.TakeAll();
    }

    /// <summary>Answers question after question while the bot asks one; returns the replies after the last answer.</summary>
    private async Task<IReadOnlyList<Reply>> AnswerAllAsync(TestFlow flow, int wrongS1, int wrongS2)
    {
        var replies = flow.TakeAll();
        while (replies[^1].Buttons.Count > 0 && replies[^1].Buttons.All(b => AnswerButton().IsMatch(b.Value)))
        {
            var question = replies[^1];
            var right = MoocAnswers.IsS1(Pool, question) ? wrongS1-- <= 0 : question.Buttons[0].Value.StartsWith("pt", StringComparison.Ordinal) ? wrongS2-- <= 0 : true;
            await flow.PressAsync(MoocAnswers.Answer(Curriculum, Pool, question, right).Value);
            replies = flow.TakeAll();
        }

        return replies;
    }
}
