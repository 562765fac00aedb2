using System.Text;
using System.Text.RegularExpressions;
using LatsarBot.Core.Curriculum;
using LatsarBot.Testing;
using LatsarBot.Testing.FakeTelegram;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Telegram.Tests.EndToEnd;

/// <summary>A lesson and its micro-quiz over Telegram, real client ↔ fake Bot API ↔ host, in both ways in.</summary>
public sealed partial class TelegramMoocTests
{
    private const long User = 5101;

    [GeneratedRegex(@"^q\d+\.[a-e]$")]
    private static partial Regex AnswerData();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Mooc_FirstUnitStudiedAndQuizAnsweredRight_TrophyArrivesAsHtml(bool webhook)
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var database = TestDatabase.Sqlite();
        await using var host = await TelegramTestHost.StartAsync(fake, database, webhook);
        var curriculum = host.Services.GetRequiredService<MoocCurriculum>();
        var chat = new TelegramChat(fake, User);
        await chat.OnboardDemoAsync();

        await chat.SayAsync("/mooc", TelegramChat.HasButton("menu"));
        await chat.PressAsync("menu", TelegramChat.HasButton("next"));
        await chat.PressAsync("next", TelegramChat.HasButton("studied"));
        var replies = await chat.PressAsync("studied", IsQuestion);
        var questions = 0;
        while (replies.LastOrDefault(m => IsQuestion([m])) is { } question)
        {
            questions++;
            replies = await chat.PressAsync(RightAnswer(curriculum, question), TelegramChat.HasAnyButtons);
        }

        var trophy = Assert.Single(chat.Messages, m => m.Text?.StartsWith("🏆 Selamat, Anda mendapat trophy!", StringComparison.Ordinal) == true);
        // Telegram.Bot writes ParseMode.Html as "Html"; the Bot API reads the mode case-insensitively.
        Assert.Equal("html", trophy.Body["parse_mode"]?.ToString(), ignoreCase: true);
        Assert.DoesNotContain("*", trophy.Text, StringComparison.Ordinal);
        Assert.Equal(curriculum.Units.First().Quiz.Count, questions);
        var callbackData = fake.Delivered.SelectMany(TelegramChat.Buttons).Select(b => b.Data).ToList();
        Assert.NotEmpty(callbackData);
        Assert.All(callbackData, d => Assert.InRange(Encoding.UTF8.GetByteCount(d), 1, 64));
    }

    private static bool IsQuestion(IReadOnlyList<FakeBotApiRequest> messages) =>
        messages.Any(m => TelegramChat.Buttons(m) is { Count: > 0 } buttons && buttons.All(b => AnswerData().IsMatch(b.Data)));

    /// <summary>As a person would: read the question, recall the right option from the course, press the button that says it.</summary>
    private static string RightAnswer(MoocCurriculum curriculum, FakeBotApiRequest question)
    {
        var text = TelegramChat.Plain(question.Text);
        var quiz = curriculum.Units.SelectMany(u => u.Quiz).Single(q => text.Contains(q.Question.Indonesian.Trim(), StringComparison.Ordinal));
        var right = quiz.Options.Single(o => o.IsCorrect).Text.Indonesian;
        return TelegramChat.Buttons(question).Single(b => Shows(b.Text, right)).Data;
    }

    /// <summary>"b. Option text" as shown, perhaps cut to fit with "…".</summary>
    private static bool Shows(string title, string option)
    {
        var shown = title.Length > 3 ? title[3..] : "";
        return shown.EndsWith('…') ? option.StartsWith(shown[..^1].TrimEnd(), StringComparison.Ordinal) : shown == option;
    }
}
