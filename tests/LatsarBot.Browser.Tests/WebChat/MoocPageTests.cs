using LatsarBot.Browser.Tests.Support;
using LatsarBot.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LatsarBot.Browser.Tests.WebChat;

/// <summary>The MOOC in the chat page: the welcoming video, the agenda menu and a unit with its medium and quiz.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class MoocPageTests(Chromium chromium)
{
    [Fact]
    public async Task Mooc_WelcomeThenFirstUnit_ShowsVideoUnitTextAndQuiz()
    {
        await using var host = await TestHost.StartAsync();
        await using var chat = await ChatPage.OpenAsync(chromium, host.BaseAddress);
        await chat.LogInAsDemoAsync();

        await chat.Choice("MOOC").ClickAsync();
        await Expect(chat.Page.Locator(".msg.bot video").First).ToBeAttachedAsync();
        await chat.Choice("Mulai belajar").ClickAsync();
        await chat.Choice("Lanjut:").ClickAsync();
        await chat.Choice("Sudah saya pelajari").ClickAsync();

        await Expect(chat.BotMessage("Kategori K").Or(chat.BotMessage("kategori K")).First).ToBeVisibleAsync();
        await Expect(chat.BotMessage("Soal 1/")).ToBeVisibleAsync();
        await chat.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", "unit.png"), FullPage = false });
    }
}
