using LatsarBot.Browser.Tests.Support;
using LatsarBot.Core.Actualization;
using LatsarBot.Core.Participants;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LatsarBot.Browser.Tests.WebChat;

/// <summary>The attach button and the draft report in the chat page, as a participant on a phone uses them.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class ActualizationPageTests(Chromium chromium)
{
    private static readonly byte[] Png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R'];

    [Fact]
    public async Task Log_PhotoAttachedWithTheButton_IsKeptAndTheReportLinksToThePdf()
    {
        await using var host = await TestHost.StartAsync();
        await using var chat = await ChatPage.OpenAsync(chromium, host.BaseAddress);
        await chat.LogInAsDemoAsync();
        await PlanAsync(host.Database);
        await chat.Choice("Aktualisasi").ClickAsync();
        await chat.Choice("Catat aktualisasi").ClickAsync();
        await chat.Choice("Papan alur layanan").ClickAsync();
        await chat.TypeAndSendAsync("Memasang papan alur layanan di loket");
        await Enabled(chat, "Selesai").ClickAsync();
        await Expect(chat.BotMessage("Kirim bukti")).ToBeVisibleAsync();

        await chat.Page.Locator("#file").SetInputFilesAsync(new FilePayload { Name = "papan.png", MimeType = "image/png", Buffer = Png });

        await Expect(chat.UserMessage("papan.png")).ToBeVisibleAsync();
        await Expect(chat.BotMessage("Bukti diterima: papan.png")).ToBeVisibleAsync();
        await Enabled(chat, "Selesai").ClickAsync();
        await chat.Choice("Simpan").ClickAsync();
        // "tersimpan" alone also matches the onboarding's "Profil Anda tersimpan", which passed before the log was saved.
        await Expect(chat.BotMessage("Catatan hari ke-")).ToBeVisibleAsync();
        await Enabled(chat, "Buat draf laporan").ClickAsync();
        var link = chat.Page.Locator("a.file", new PageLocatorOptions { HasText = "(PDF)" });
        await Expect(link).ToBeVisibleAsync();
        Assert.Contains("/files/reports/", await link.GetAttributeAsync("href"), StringComparison.Ordinal);
        await chat.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", "report.png") });
    }

    /// <summary>The chip still to be answered: earlier ones with the same title are disabled once answered.</summary>
    private static ILocator Enabled(ChatPage chat, string title) =>
        chat.Page.Locator("button.chip:not([disabled])", new PageLocatorOptions { HasText = title });

    /// <summary>Day 2 by the host's (real) clock, one planned activity.</summary>
    private static async Task PlanAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var participant = await db.Participants.SingleAsync(p => p.Nip == Nip.FromTrusted(DemoPeople.Nip));
        db.ActualizationPlans.Add(new ActualizationPlan
        {
            ParticipantId = participant.Id,
            StartDate = ActualizationSchedule.Today(TimeZoneCode.Wib, DateTimeOffset.UtcNow).AddDays(-1),
            Activities = [new PlannedActivity { Title = "Papan alur layanan", ExpectedOutput = "Papan terpasang", Values = BerAkhlakValues.BerorientasiPelayanan }],
        });
        await db.SaveChangesAsync();
    }
}
