using System.Text.RegularExpressions;
using LatsarBot.Core.Curriculum;
using LatsarBot.Testing;
using LatsarBot.Testing.FakeWhatsApp;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.WhatsApp.Tests.EndToEnd;

/// <summary>
/// Log-in and a lesson with its micro-quiz over WhatsApp: fake Meta ↔ signed webhook ↔ host ↔ outbox ↔ Graph client ↔
/// fake Meta, in WhatsApp's JSON both ways, with the same dialogs every channel runs.
/// </summary>
public sealed partial class WhatsAppMoocTests
{
    // Not a roster number: this chat logs in the NIP-and-code way (a roster number gets the phone offer, WhatsAppPhoneBindingTests).
    private const string WaId = "6281299990001";

    [GeneratedRegex(@"^q\d+\.[a-e]$")]
    private static partial Regex AnswerId();

    [Fact]
    public async Task Mooc_LoggedInWithNipAndCode_StudiesTheFirstUnitAndAnswersItsQuizRight_GetsTheTrophy()
    {
        await using var fake = await FakeGraphApiServer.StartAsync();
        await using var database = TestDatabase.Sqlite();
        await using var host = await WhatsAppTestHost.StartAsync(fake, database);
        var curriculum = host.Services.GetRequiredService<MoocCurriculum>();
        var chat = new WhatsAppChat(fake, WaId);
        await LogInAsync(chat);

        await chat.SayAsync("/mooc", WhatsAppChat.Offers("menu"));
        await chat.TapAsync("menu", WhatsAppChat.Offers("next"));
        await chat.TapAsync("next", WhatsAppChat.Offers("studied"));
        var replies = await chat.TapAsync("studied", IsQuestion);
        var questions = 0;
        while (replies.LastOrDefault(m => IsQuestion([m])) is { } question)
        {
            questions++;
            replies = await chat.TapAsync(RightAnswer(curriculum, question), WhatsAppChat.OffersAny);
        }

        Assert.Single(chat.Messages, m => m.Text?.StartsWith("🏆 Selamat, Anda mendapat trophy!", StringComparison.Ordinal) == true);
        Assert.Equal(curriculum.Units.First().Quiz.Count, questions);
        Assert.All(fake.Received, m => Assert.True(m.Accepted, $"refused with {m.ErrorCode}: {m.Body.ToJsonString()}"));
        Assert.Equal(["button", "list"], chat.Messages.Select(m => m.InteractiveType).OfType<string>().Distinct().Order());
    }

    /// <summary>The enrolment path: WhatsApp offers no contact button here, so NIP and the one-time code.</summary>
    private static async Task LogInAsync(WhatsAppChat chat)
    {
        await chat.SayAsync("/start", WhatsAppChat.Offers("id"));
        await chat.TapAsync("id", m => m.Count >= 2);
        await chat.SayAsync(DemoPeople.Nip, m => m.Count >= 1);
        var bound = await chat.SayAsync(DemoPeople.Code, WhatsAppChat.Offers("ok"));
        Assert.Contains(bound, m => m.Text?.Contains("Andi Pratama", StringComparison.Ordinal) == true);
        await chat.TapAsync("ok", m => m.Count >= 1);
    }

    internal static bool IsQuestion(IReadOnlyList<FakeGraphRequest> messages) =>
        messages.Any(m => m.Choices is { Count: > 0 } choices && choices.All(c => AnswerId().IsMatch(c.Id)));

    /// <summary>As a person would: read the question, recall the right option from the course, tap the row that says it.</summary>
    internal static string RightAnswer(MoocCurriculum curriculum, FakeGraphRequest question)
    {
        var quiz = curriculum.Units.SelectMany(u => u.Quiz).Single(q => question.Text!.Contains(q.Question.Indonesian.Trim(), StringComparison.Ordinal));
        var right = quiz.Options.Single(o => o.IsCorrect).Text.Indonesian;
        return question.Choices.Single(c => Shows(c.Description ?? c.Title, right)).Id;
    }

    /// <summary>"b. Option text" as shown, cut to fit with "…" when even the description is too short.</summary>
    private static bool Shows(string shown, string option)
    {
        var text = shown.Length > 3 ? shown[3..] : "";
        return text.EndsWith('…') ? option.StartsWith(text[..^1].TrimEnd(), StringComparison.Ordinal) : text == option;
    }
}
