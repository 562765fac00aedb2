using System.Security.Cryptography;
using System.Text.Json.Nodes;
using LatsarBot.Core.Actualization;
using LatsarBot.Core.Participants;
using LatsarBot.Dialogs.Actualization;
using LatsarBot.Telegram.Tests.EndToEnd;
using LatsarBot.Testing;
using LatsarBot.Testing.FakeTelegram;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;
using LatsarBot.Documents.Evidence;

namespace LatsarBot.Telegram.Tests.Actualization;

/// <summary>
/// Evidence sent on Telegram is fetched with getFile and the file download, stored under its hash; the draft
/// report comes back as a document uploaded with sendDocument. Real client ↔ fake Bot API ↔ host.
/// </summary>
public sealed class TelegramActualizationTests
{
    private const long User = 5201;
    private const string Done = "Menyusun daftar periksa pelayanan loket dan mengujinya bersama dua rekan";

    private static readonly byte[] Pdf = [.. "%PDF-1.4\n"u8.ToArray(), .. RandomNumberGenerator.GetBytes(300)];

    [Fact]
    public async Task Evidence_TelegramDocument_IsDownloadedAndStoredUnderItsHash_AndTheReportArrivesAsADocument()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var database = TestDatabase.Sqlite();
        await using var host = await TelegramTestHost.StartAsync(fake, database, webhook: false, settings: [new("Evidence:MaxBytes", "1000")]);
        fake.AddFile("doc-1", Pdf);
        fake.AddFile("doc-big", [.. Pdf, .. new byte[1000]]);
        var chat = new TelegramChat(fake, User);
        await chat.OnboardDemoAsync();
        var activityId = await PlanAsync(database);
        await chat.SayAsync("/aktualisasi", TelegramChat.HasButton("log"));
        await chat.PressAsync("log", TelegramChat.HasButton("a:" + activityId));
        await chat.PressAsync("a:" + activityId, m => m.Count >= 1);
        await chat.SayAsync(Done, TelegramChat.HasButton("done"));
        await chat.PressAsync("done", TelegramChat.HasButton("done"));

        var kept = await chat.SendDocumentAsync("doc-1", "daftar-periksa.pdf", "application/pdf", Pdf.Length, m => m.Count >= 1);
        // The size Telegram reports is wrong here on purpose: the limit is enforced on the bytes as they stream in.
        var refused = await chat.SendDocumentAsync("doc-big", "besar.pdf", "application/pdf", 10, m => m.Count >= 1);
        await chat.PressAsync("done", TelegramChat.HasButton("save"));
        await chat.PressAsync("save", m => m.Count >= 1);

        Assert.StartsWith("📎", TelegramChat.Plain(kept[0].Text), StringComparison.Ordinal);
        Assert.Contains("besar.pdf", TelegramChat.Plain(refused[0].Text), StringComparison.Ordinal);
        Assert.Contains("1 MB", TelegramChat.Plain(refused[0].Text), StringComparison.Ordinal);
        await using var db = database.NewContext();
        var evidence = Assert.Single(await db.Evidence.ToListAsync());
        var hash = Convert.ToHexStringLower(SHA256.HashData(Pdf));
        Assert.Equal((hash, EvidenceRules.Pdf, "daftar-periksa.pdf"), (evidence.Sha256, evidence.ContentType, evidence.OriginalName));
        Assert.Equal(Pdf, await File.ReadAllBytesAsync(host.Services.GetRequiredService<EvidenceStore>().FullPath(evidence.StoragePath)));

        var report = await chat.SayAsync("/laporan", m => m.Count(x => x.Method == "sendDocument") == 2);

        var document = report.First(m => m.Method == "sendDocument").Body["document"] as JsonObject;
        Assert.Equal("draf-laporan-aktualisasi.pdf", document?["file_name"]?.ToString());
        using var pdf = PdfDocument.Open(Convert.FromBase64String(document!["content_base64"]!.ToString()));
        var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains(Done, text, StringComparison.Ordinal);
        Assert.Contains("daftar-periksa.pdf", text, StringComparison.Ordinal);
    }

    /// <summary>Day 2 of the demo participant's actualization by the real clock (the host runs on it), one planned activity.</summary>
    private static async Task<int> PlanAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var participant = await db.Participants.SingleAsync(p => p.Nip == Nip.FromTrusted(DemoPeople.Nip));
        var activity = new PlannedActivity { Title = "Daftar periksa loket", ExpectedOutput = "Daftar periksa", Values = BerAkhlakValues.BerorientasiPelayanan };
        var start = ActualizationSchedule.Today(TimeZoneCode.Wib, DateTimeOffset.UtcNow).AddDays(-1);
        db.ActualizationPlans.Add(new ActualizationPlan { ParticipantId = participant.Id, StartDate = start, Activities = [activity] });
        await db.SaveChangesAsync();
        return activity.Id;
    }
}
