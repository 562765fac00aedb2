using System.Collections.Concurrent;
using System.Text.Json;
using LatsarBot.Bot.Activities;
using LatsarBot.Browser.Tests.Support;
using LatsarBot.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LatsarBot.Browser.Tests.WebChat;

/// <summary>The chat page at / in headless Chromium on a phone-sized screen, against the real host.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class ChatPageTests(Chromium chromium)
{
    [Fact]
    public async Task Login_DemoNipTypedAndTapped_ReachesMainMenu()
    {
        await using var host = await TestHost.StartAsync();
        await using var chat = await ChatPage.OpenAsync(chromium, host.BaseAddress);

        await chat.LogInAsDemoAsync();

        await Expect(chat.BotMessage("Apakah data ini sudah benar")).ToContainTextAsync("NIP: " + DemoPeople.Nip);
        await Expect(chat.BotMessage("Menu utama")).ToBeVisibleAsync();
        await Expect(chat.Choice("Profil saya")).ToBeEnabledAsync();
        await Expect(chat.Choice("Bantuan")).ToBeEnabledAsync();
        // For a person to look at: the menu on a 390x844 phone (left in the output folder, never committed).
        await chat.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", "menu.png") });
    }

    [Fact]
    public async Task Choice_Tapped_ShowsTitleAsUserMessageAndDisablesAnsweredChoices()
    {
        await using var host = await TestHost.StartAsync();
        await using var chat = await ChatPage.OpenAsync(chromium, host.BaseAddress);

        await chat.Choice("Bahasa Indonesia").ClickAsync();

        await Expect(chat.UserMessage("Bahasa Indonesia")).ToBeVisibleAsync();
        await Expect(chat.Choice("Bahasa Indonesia")).ToBeDisabledAsync();
        await Expect(chat.Choice("English")).ToBeDisabledAsync();
        await Expect(chat.BotMessage("ketik NIP")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Reload_AfterLogin_KeepsConversationAndMenu()
    {
        await using var host = await TestHost.StartAsync();
        await using var chat = await ChatPage.OpenAsync(chromium, host.BaseAddress);
        await chat.LogInAsDemoAsync();
        var conversationBefore = await chat.ConversationIdAsync();

        await chat.Page.ReloadAsync();

        await Expect(chat.BotMessage("Selamat datang")).ToBeVisibleAsync();
        await Expect(chat.BotMessage("Menu utama")).ToHaveCountAsync(1);
        await Expect(chat.Choice("Profil saya")).ToBeEnabledAsync();
        await Expect(chat.Choice("Bahasa Indonesia")).ToBeDisabledAsync();
        Assert.Equal(conversationBefore, await chat.ConversationIdAsync());
    }

    [Fact]
    public async Task Restart_Confirmed_StartsNewConversationWithGreeting()
    {
        await using var host = await TestHost.StartAsync();
        await using var chat = await ChatPage.OpenAsync(chromium, host.BaseAddress);
        await chat.Choice("Bahasa Indonesia").ClickAsync();
        await Expect(chat.BotMessage("ketik NIP")).ToBeVisibleAsync();
        var conversationBefore = await chat.ConversationIdAsync();
        chat.Page.Dialog += async (_, dialog) => await dialog.AcceptAsync();

        await chat.Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Mulai ulang" }).ClickAsync();

        await Expect(chat.BotMessage("ketik NIP")).ToHaveCountAsync(0);
        await Expect(chat.Choice("Bahasa Indonesia")).ToBeEnabledAsync();
        await Expect(chat.BotMessage("Selamat datang")).ToHaveCountAsync(1);
        Assert.NotEqual(conversationBefore, await chat.ConversationIdAsync());
    }

    [Fact]
    public async Task ProactiveMessage_AddedByServer_AppearsWithoutUserAction()
    {
        await using var host = await TestHost.StartAsync();
        await using var chat = await ChatPage.OpenAsync(chromium, host.BaseAddress);
        await Expect(chat.Choice("Bahasa Indonesia")).ToBeVisibleAsync();
        var conversationId = await chat.ConversationIdAsync();

        await ProactiveMessages.AddAsync(host, conversationId, new Reply("Pengingat: *Kuis Agenda I* ditutup hari ini pukul 23.59."));

        // The page polls every 3 s; 10 s allows a slow machine one missed poll.
        await Expect(chat.BotMessage("Pengingat: Kuis Agenda I ditutup")).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 10_000 });
    }

    [Fact]
    public async Task Send_AnswerLostAfterServerRanTurn_RetryReusesIdAndShowsRepliesOnce()
    {
        await using var host = await TestHost.StartAsync();
        await using var chat = await ChatPage.OpenAsync(chromium, host.BaseAddress);
        var postedIds = new ConcurrentQueue<string>();
        await chat.Page.RouteAsync("**/api/webchat/**", route => LoseFirstAnswerAsync(route, DemoPeople.Nip, postedIds));
        await chat.Choice("Bahasa Indonesia").ClickAsync();
        await Expect(chat.BotMessage("ketik NIP")).ToBeVisibleAsync();
        await chat.TypeAndSendAsync(DemoPeople.Nip);
        await Expect(chat.UserMessage(DemoPeople.Nip)).ToContainTextAsync("Gagal terkirim");

        await chat.Choice("Coba lagi").ClickAsync();

        await Expect(chat.UserMessage(DemoPeople.Nip)).Not.ToContainTextAsync("Gagal terkirim");
        await Expect(chat.BotMessage("kode pendaftaran")).ToHaveCountAsync(1);
        await Expect(chat.UserMessage(DemoPeople.Nip)).ToHaveCountAsync(1);
        Assert.Equal(2, postedIds.Count);
        Assert.Single(postedIds.Distinct());
    }

    /// <summary>The server runs the turn but the phone never hears back: the case the client id exists for.</summary>
    private static async Task LoseFirstAnswerAsync(IRoute route, string text, ConcurrentQueue<string> postedIds)
    {
        var body = route.Request.PostData;
        if (route.Request.Method != "POST" || body is null || !body.Contains(text, StringComparison.Ordinal))
        {
            await route.ContinueAsync();
            return;
        }

        postedIds.Enqueue(JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!);
        if (postedIds.Count == 1)
        {
            await route.FetchAsync();
            await route.AbortAsync();
            return;
        }

        await route.ContinueAsync();
    }
}
