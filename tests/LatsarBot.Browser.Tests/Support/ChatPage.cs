using LatsarBot.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LatsarBot.Browser.Tests.Support;

/// <summary>The chat page as a person sees it: what they type and tap, and what the bot shows.</summary>
public sealed class ChatPage(IPage page) : IAsyncDisposable
{
    public IPage Page => page;

    public ILocator Input => page.GetByLabel("Tulis pesan");

    public ILocator BotMessage(string text) => page.Locator(".msg.bot", new PageLocatorOptions { HasText = text });

    public ILocator UserMessage(string text) => page.Locator(".msg.user", new PageLocatorOptions { HasText = text });

    public ILocator Choice(string title) => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = title });

    /// <summary>A new phone that opens the chat: a first visit, so the bot greets.</summary>
    public static async Task<ChatPage> OpenAsync(Chromium chromium, Uri baseAddress)
    {
        var page = await chromium.NewPhonePageAsync();
        await page.GotoAsync(baseAddress.ToString());
        return new ChatPage(page);
    }

    public async Task TypeAndSendAsync(string text)
    {
        await Input.FillAsync(text);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Kirim", Exact = true }).ClickAsync();
    }

    public async Task TypeAndPressEnterAsync(string text)
    {
        await Input.FillAsync(text);
        await Input.PressAsync("Enter");
    }

    /// <summary>The demo login from the greeting to the main menu, waiting for each prompt as a person would.</summary>
    public Task LogInAsDemoAsync() => LogInAsync(DemoPeople.Nip, DemoPeople.Code);

    /// <summary>A login with a NIP and its enrolment code (the demo's staff have codes too).</summary>
    public async Task LogInAsync(string nip, string code)
    {
        await Choice("Bahasa Indonesia").ClickAsync();
        await Expect(BotMessage("ketik NIP")).ToBeVisibleAsync();
        await TypeAndSendAsync(nip);
        await Expect(BotMessage("kode pendaftaran")).ToBeVisibleAsync();
        await TypeAndPressEnterAsync(code);
        await Choice("Sudah benar").ClickAsync();
        await Expect(BotMessage("Menu utama")).ToBeVisibleAsync();
    }

    public Task<string> ConversationIdAsync() =>
        page.EvaluateAsync<string>("() => JSON.parse(localStorage.getItem('latsarbot.webchat.v1')).conversationId");

    public async ValueTask DisposeAsync()
    {
        await page.Context.CloseAsync();
    }
}
