using System.Text.RegularExpressions;
using LatsarBot.Browser.Tests.Support;
using LatsarBot.Testing;
using LatsarBot.Testing.StaffConsole;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LatsarBot.Browser.Tests.StaffConsole;

/// <summary>
/// Issue 15, "shown when resolved": the organiser imports a 30-row XLSX roster with 3 bad rows, reads which rows and
/// rules, fixes them, imports, and exports the class as XLSX, which reads back with the new participants in it.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed partial class ConsoleImportPageTests(Chromium chromium)
{
    private const string OrganiserCode = "222222";
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [Fact]
    public async Task Organiser_ImportsXlsxWithBadRows_FixesThem_ImportsAndExportsXlsx()
    {
        await using var host = await TestHost.StartAsync();
        var console = await SignedInAsync(host);
        await console.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Kelas A" }).ClickAsync();
        await console.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Impor daftar peserta (CSV/XLSX)" }).ClickAsync();

        await UploadAsync(console, RosterWorkbook.Xlsx(RosterWorkbook.Rows(30, badSheetRows: [7, 14, 22])));

        var errors = console.Locator("#kesalahan li");
        await Expect(errors).ToHaveCountAsync(3);
        await Expect(errors.Nth(0)).ToContainTextAsync("baris 7: NIP harus 18 digit");
        await Expect(errors.Nth(1)).ToContainTextAsync("baris 14: nomor HP harus nomor seluler Indonesia");
        await Expect(errors.Nth(2)).ToContainTextAsync("baris 22: nama wajib diisi");
        await Expect(console.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Konfirmasi impor" })).ToHaveCountAsync(0);
        await console.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("console-import-errors.png"), FullPage = true });

        await console.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Unggah berkas lain" }).ClickAsync();
        await UploadAsync(console, RosterWorkbook.Xlsx(RosterWorkbook.Rows(30)));
        await Expect(console.Locator("main")).ToContainTextAsync("30 baris — 30 baru, 0 diperbarui, 0 tidak berubah, 0 ditolak");
        await console.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Konfirmasi impor" }).ClickAsync();

        await Expect(console.Locator("#hasil")).ToContainTextAsync("Tersimpan: 30 baru, 0 diperbarui, 0 tidak berubah.");
        await Expect(console.Locator("#kode tbody tr")).ToHaveCountAsync(30);
        await console.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Kembali ke kelas" }).ClickAsync();
        await Expect(console.Locator("#peserta caption")).ToContainTextAsync("32 peserta");

        var download = await console.RunAndWaitForDownloadAsync(() => console.Locator("a[href$='/ekspor/evaluasi1.xlsx']").ClickAsync());
        var path = Path.Combine(TestPaths.NewTempFolder(), download.SuggestedFilename);
        await download.SaveAsAsync(path);
        var sheet = RosterWorkbook.Read(await File.ReadAllBytesAsync(path));
        Assert.Equal(["Nip", "Name", "Class"], sheet[0].Take(3));
        Assert.Equal(33, sheet.Count);
        Assert.Contains(sheet, r => r[0] == RosterWorkbook.Nip(7) && r[1] == "Peserta Impor 07" && r[2] == "Kelas A" && r[11] == "belum_lengkap");
        Assert.Contains(sheet, r => r[0] == "199001012022031001" && r[1] == "Andi Pratama");
        await console.Context.CloseAsync();
    }

    private static async Task UploadAsync(IPage console, byte[] xlsx)
    {
        await console.GetByLabel("Berkas CSV atau XLSX").SetInputFilesAsync(new FilePayload { Name = "roster.xlsx", MimeType = XlsxType, Buffer = xlsx });
        await console.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Pratinjau" }).ClickAsync();
        await Expect(console.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Pratinjau impor" })).ToBeVisibleAsync();
    }

    /// <summary>The organiser binds her web chat, asks the console for a code and types the one the bot sent there.</summary>
    private async Task<IPage> SignedInAsync(TestHost host)
    {
        await using var chat = await ChatPage.OpenAsync(chromium, host.BaseAddress);
        await chat.LogInAsync(ConsoleStaff.Organiser, OrganiserCode);
        var console = await chromium.NewPhonePageAsync();
        await console.GotoAsync(new Uri(host.BaseAddress, "/console").ToString());
        await console.GetByLabel("NIP").FillAsync(ConsoleStaff.Organiser);
        await console.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Kirim kode" }).ClickAsync();
        var message = chat.BotMessage("Kode masuk konsol");
        await Expect(message).ToBeVisibleAsync();
        await console.GetByLabel("Kode").FillAsync(SentCode().Match(await message.InnerTextAsync()).Groups[1].Value);
        await console.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Masuk" }).ClickAsync();
        await Expect(console.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Angkatan dan kelas" })).ToBeVisibleAsync();
        return console;
    }

    private static string Shot(string name) => Path.Combine(AppContext.BaseDirectory, "screenshots", name);

    [GeneratedRegex("konsol LatsarBot: ([A-Z2-9]{8})")]
    private static partial Regex SentCode();
}
