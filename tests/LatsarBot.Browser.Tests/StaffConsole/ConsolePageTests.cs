using System.Text.RegularExpressions;
using LatsarBot.Browser.Tests.Support;
using LatsarBot.Testing;
using LatsarBot.Testing.StaffConsole;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LatsarBot.Browser.Tests.StaffConsole;

/// <summary>
/// The organiser console in headless Chromium, against the real host: the organiser binds her web chat, asks the
/// console for a code, reads it in the chat as the bot sent it, signs in, opens her class and runs the simulator.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed partial class ConsolePageTests(Chromium chromium)
{
    private const string OrganiserCode = "222222";

    [Fact]
    public async Task Organiser_SignsInWithTheCodeFromTheChat_SeesHerClassTable()
    {
        await using var host = await TestHost.StartAsync();
        await using var chat = await ChatPage.OpenAsync(chromium, host.BaseAddress);
        await chat.LogInAsync(ConsoleStaff.Organiser, OrganiserCode);
        var console = await chromium.NewPhonePageAsync();
        await RequestCodeAsync(console, host.BaseAddress);

        var code = await CodeFromChatAsync(chat);
        await console.GetByLabel("Kode").FillAsync(code);
        await console.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Masuk" }).ClickAsync();

        await Expect(console.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Angkatan dan kelas" })).ToBeVisibleAsync();
        await Expect(console.Locator("header .who")).ToContainTextAsync("Rina Wulandari");
        await console.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Kelas A" }).ClickAsync();
        var table = console.Locator("#peserta");
        await Expect(table.Locator("caption")).ToContainTextAsync("2 peserta");
        await Expect(table.Locator("tbody tr", new LocatorLocatorOptions { HasText = "Andi Pratama" })).ToContainTextAsync("0/30");
        await Expect(table.Locator("tbody tr", new LocatorLocatorOptions { HasText = "Siti Rahmawati" })).ToBeVisibleAsync();
        await Expect(table.Locator("thead")).ToContainTextAsync("Terakhir aktif");
        await console.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("console-class.png"), FullPage = true });
        await console.Context.CloseAsync();
    }

    [Fact]
    public async Task SignInLink_FromTheChat_FillsTheCodeAndSignsIn()
    {
        await using var host = await TestHost.StartAsync();
        await using var chat = await ChatPage.OpenAsync(chromium, host.BaseAddress);
        await chat.LogInAsync(ConsoleStaff.Organiser, OrganiserCode);
        var console = await chromium.NewPhonePageAsync();
        await RequestCodeAsync(console, host.BaseAddress);
        var link = chat.Page.Locator(".msg.bot a", new PageLocatorOptions { HasText = "tautan masuk" });
        await Expect(link).ToBeVisibleAsync();

        await console.GotoAsync((await link.GetAttributeAsync("href"))!);

        await Expect(console.GetByLabel("Kode")).ToHaveValueAsync(await CodeFromChatAsync(chat));
        await console.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Masuk" }).ClickAsync();
        await Expect(console.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Angkatan dan kelas" })).ToBeVisibleAsync();
        await console.Context.CloseAsync();
    }

    [Fact]
    public async Task Simulator_Presets_ShowTheSeedsFiguresAndRecompute()
    {
        await using var host = await TestHost.StartAsync();
        await using var chat = await ChatPage.OpenAsync(chromium, host.BaseAddress);
        await chat.LogInAsync(ConsoleStaff.Organiser, OrganiserCode);
        var console = await chromium.NewPhonePageAsync();
        await RequestCodeAsync(console, host.BaseAddress);
        await console.GetByLabel("Kode").FillAsync(await CodeFromChatAsync(chat));
        await console.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Masuk" }).ClickAsync();

        await console.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Simulasi JP & biaya" }).ClickAsync();

        var result = console.Locator("#hasil");
        await Expect(Row(result, "Total JP")).ToContainTextAsync(new Regex("647 JP\\s*511 JP"));
        await Expect(Row(result, "Lama pelatihan")).ToContainTextAsync(new Regex("74 hari\\s*51 hari"));
        await Expect(Row(result, "Biaya per peserta")).ToContainTextAsync(new Regex("Rp 5\\.260\\.000\\s*Rp 9\\.296\\.000"));
        await Expect(Row(result, "Total biaya")).ToContainTextAsync(new Regex("Rp 210\\.400\\.000\\s*Rp 371\\.840\\.000"));
        await Expect(Row(result, "Biaya per JP")).ToContainTextAsync(new Regex("Rp 8\\.130\\s*Rp 18\\.192"));
        await Expect(console.Locator("#selisih")).ToContainTextAsync("Penghematan per peserta: Rp 4.036.000 (43,4 % dari biaya B)");
        await Expect(console.Locator("#selisih")).ToContainTextAsync("Penghematan total: Rp 161.440.000");
        await console.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("console-simulator.png"), FullPage = true });

        await console.GetByLabel("Participants (A)").FillAsync("30");
        await console.GetByLabel("Participants (B)").FillAsync("30");
        await console.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Hitung" }).ClickAsync();

        await Expect(Row(result, "Total biaya")).ToContainTextAsync(new Regex("Rp 157\\.800\\.000\\s*Rp 278\\.880\\.000"));
        await console.Context.CloseAsync();
    }

    private static async Task RequestCodeAsync(IPage console, Uri baseAddress)
    {
        await console.GotoAsync(new Uri(baseAddress, "/console").ToString());
        await console.GetByLabel("NIP").FillAsync(ConsoleStaff.Organiser);
        await console.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Kirim kode" }).ClickAsync();
        await Expect(console.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Kode masuk" })).ToBeVisibleAsync();
    }

    /// <summary>The code as the organiser reads it in her chat (bold there, so the asterisks are gone).</summary>
    private static async Task<string> CodeFromChatAsync(ChatPage chat)
    {
        var message = chat.BotMessage("Kode masuk konsol");
        await Expect(message).ToBeVisibleAsync();
        return SentCode().Match(await message.InnerTextAsync()).Groups[1].Value;
    }

    private static ILocator Row(ILocator table, string label) => table.Locator("tr", new LocatorLocatorOptions { HasText = label });

    private static string Shot(string name) => Path.Combine(AppContext.BaseDirectory, "screenshots", name);

    [GeneratedRegex("konsol LatsarBot: ([A-Z2-9]{8})")]
    private static partial Regex SentCode();
}
