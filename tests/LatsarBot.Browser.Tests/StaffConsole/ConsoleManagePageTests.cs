using System.Text.RegularExpressions;
using LatsarBot.Browser.Tests.Support;
using LatsarBot.Testing;
using LatsarBot.Testing.StaffConsole;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LatsarBot.Browser.Tests.StaffConsole;

/// <summary>
/// Issue 15, items 3–5 in headless Chromium at phone width, against the real host, with the keyboard-reachable labels a
/// person uses: the organiser creates a cohort and a class, issues codes and opens the print sheet; filters the
/// stragglers and reads the charts; sends an announcement and watches its report fill in. No page runs a script.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed partial class ConsoleManagePageTests(Chromium chromium)
{
    [Fact]
    public async Task Organiser_CreatesACohortAndClass_IssuesCodes_OpensThePrintSheet()
    {
        await using var host = await TestHost.StartAsync();
        await ConsoleStaff.ArrangeAsync(host.Services);
        var console = await SignInAsync(host, ConsoleStaff.Organiser);

        await console.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Angkatan", Exact = false }).First.ClickAsync();
        await console.GetByLabel("Nama angkatan").FillAsync("Angkatan II Tahun 2027");
        await console.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Buat angkatan" }).ClickAsync();
        await Expect(console.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Angkatan II Tahun 2027" })).ToBeVisibleAsync();
        await console.GetByLabel("Kelas baru").FillAsync("Kelas B");
        await console.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Tambah kelas" }).ClickAsync();
        await Expect(console.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Kelas B" })).ToBeVisibleAsync();
        await console.GetByLabel("Staf Staff", new PageGetByLabelOptions { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = ConsoleStaff.ExaminerName });
        await console.GetByLabel("Peran di kelas ini").SelectOptionAsync("Examiner");
        await console.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Tetapkan" }).ClickAsync();
        await Expect(console.Locator("#staf")).ToContainTextAsync(ConsoleStaff.ExaminerName);
        await Expect(console.Locator("#staf")).ToContainTextAsync("Penguji");

        await console.GotoAsync(new Uri(host.BaseAddress, "/console").ToString());
        await console.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Kelas A" }).ClickAsync();
        await console.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Kode pendaftaran" }).ClickAsync();
        await Expect(console.GetByLabel("Andi Pratama")).ToBeCheckedAsync();
        await console.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Terbitkan kode & cetak" }).ClickAsync();

        var cards = console.Locator("#lembar-kode .code-card");
        await Expect(cards).ToHaveCountAsync(2);
        await Expect(cards.Filter(new LocatorFilterOptions { HasText = "Siti Rahmawati" }).Locator(".card-code strong")).ToHaveTextAsync(new Regex("^[0-9]{6}$"));
        await console.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("console-code-sheet.png"), FullPage = true });

        // Printed, the sheet is the cards alone: no header, no links back, no forms.
        await console.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await Expect(console.Locator("header")).ToBeHiddenAsync();
        await Expect(console.Locator("p.no-print")).ToBeHiddenAsync();
        await Expect(cards.First).ToBeVisibleAsync();
        await console.Context.CloseAsync();
    }

    [Fact]
    public async Task Organiser_FiltersTheStragglers_AndReadsTheCharts()
    {
        await using var host = await TestHost.StartAsync();
        await ConsoleStaff.ArrangeAsync(host.Services);
        await ConsoleStaff.ArrangeRecordsAsync(host.Services);
        var console = await SignInAsync(host, ConsoleStaff.Organiser);
        await console.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Kelas A" }).ClickAsync();
        var rows = console.Locator("#peserta tbody tr");
        await Expect(rows).ToHaveCountAsync(2);

        await console.GetByLabel("Hari tercatat kurang dari").FillAsync("1");
        await console.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Saring" }).ClickAsync();

        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync("Siti Rahmawati");
        await Expect(console.Locator("#peserta caption")).ToContainTextAsync("1 dari 2 peserta");
        Assert.Contains("hari_lt=1", console.Url, StringComparison.Ordinal);

        await console.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Hapus filter" }).ClickAsync();
        await console.GetByLabel("Menunggu balasan coach").CheckAsync();
        await console.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Saring" }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync("Andi Pratama");
        await Expect(rows.First).ToContainTextAsync("Menunggu");

        await console.Locator("#filter-mooc3").ClickAsync();
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(console.Locator("#peserta caption")).ToContainTextAsync("trofi < 28");
        await console.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("console-stragglers.png"), FullPage = true });

        await console.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Grafik kemajuan" }).ClickAsync();
        var trophies = console.GetByRole(AriaRole.Img, new PageGetByRoleOptions { Name = "Sebaran trofi" });
        await Expect(trophies).ToBeVisibleAsync();
        await Expect(trophies.Locator("g.row[data-label='0']")).ToHaveAttributeAsync("data-count", "2");
        await Expect(trophies.Locator("g.row[data-label='0'] text.count")).ToHaveTextAsync("2");
        var logging = console.GetByRole(AriaRole.Img, new PageGetByRoleOptions { Name = "Catatan aktualisasi per hari" });
        await Expect(logging.Locator("g.row")).ToHaveCountAsync(30);
        await Expect(logging.Locator("g.row[data-label='Hari 1']")).ToHaveAttributeAsync("data-count", "1");
        var replies = console.GetByRole(AriaRole.Img, new PageGetByRoleOptions { Name = "Waktu balasan coach terhadap tenggat" });
        await Expect(replies.Locator("g.row[data-label='Menunggu, belum tenggat']")).ToHaveAttributeAsync("data-count", "1");
        await Expect(console.GetByRole(AriaRole.Img, new PageGetByRoleOptions { Name = "Corong: MOOC → post test → aktualisasi" })).ToBeVisibleAsync();
        await Expect(console.Locator("script")).ToHaveCountAsync(0);
        await console.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("console-charts.png"), FullPage = true });

        // The text alternative holds the same figures.
        await console.Locator("#grafik-trofi details summary").ClickAsync();
        await Expect(console.Locator("#grafik-trofi table tr", new PageLocatorOptions { HasText = "20–27" })).ToContainTextAsync("0");
        await console.Context.CloseAsync();
    }

    [Fact]
    public async Task Organiser_SendsAnAnnouncement_AndWatchesItsReport()
    {
        await using var host = await TestHost.StartAsync();
        await ConsoleStaff.ArrangeAsync(host.Services);
        var console = await SignInAsync(host, ConsoleStaff.Organiser);

        await console.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Pengumuman" }).ClickAsync();
        await console.GetByLabel("Sasaran").SelectOptionAsync(new SelectOptionValue { Label = "Angkatan I Tahun 2026 / Kelas A" });
        await console.GetByLabel("Teks pengumuman").FillAsync("Sesi daring Agenda III dimulai Senin pukul 08.00 WIB.");
        await console.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Pratinjau" }).ClickAsync();

        await Expect(console.Locator("#pratinjau")).ToContainTextAsync("Sesi daring Agenda III");
        await Expect(console.Locator("#kapasitas")).ToContainTextAsync("Tanpa chat terjangkau");
        await console.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("console-announcement-preview.png"), FullPage = true });
        await console.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Kirim sekarang ke 2 penerima" }).ClickAsync();

        await Expect(console.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Laporan pengumuman" })).ToBeVisibleAsync();
        await Expect(console.Locator("#laporan tr[data-key='recipients'] td")).ToHaveTextAsync("2");

        // The host's AnnouncementService fans it out on its own; the page reloads itself (Refresh header) until it ends.
        // Neither participant has a chat here, so both end unreachable and the announcement completes.
        await Expect(console.Locator("#laporan tr[data-key='unreachable'] td")).ToHaveTextAsync("2", new LocatorAssertionsToHaveTextOptions { Timeout = 30_000 });
        await Expect(console.Locator("#laporan tr[data-key='pending'] td")).ToHaveTextAsync("0");
        await console.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("console-announcement-report.png"), FullPage = true });
        await console.Context.CloseAsync();
    }

    /// <summary>The sign-in as staff do it, reading the code from the bot's outbox row instead of the chat (the chat's own test covers that way).</summary>
    private async Task<IPage> SignInAsync(TestHost host, string nip)
    {
        var console = await chromium.NewPhonePageAsync();
        await console.GotoAsync(new Uri(host.BaseAddress, "/console").ToString());
        await console.GetByLabel("NIP").FillAsync(nip);
        await console.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Kirim kode" }).ClickAsync();
        await Expect(console.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Kode masuk" })).ToBeVisibleAsync();
        var token = Uri.UnescapeDataString(TokenInUrl().Match(console.Url).Groups[1].Value);
        await console.GetByLabel("Kode").FillAsync(await ConsoleStaff.SentCodeAsync(host.Services, token));
        await console.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Masuk" }).ClickAsync();
        await Expect(console.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Angkatan dan kelas" })).ToBeVisibleAsync();
        return console;
    }

    private static string Shot(string name) => Path.Combine(AppContext.BaseDirectory, "screenshots", name);

    [GeneratedRegex("[?&]t=([^&]+)")]
    private static partial Regex TokenInUrl();
}
