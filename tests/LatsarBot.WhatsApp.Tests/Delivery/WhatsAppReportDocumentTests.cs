using LatsarBot.Core.Actualization;
using LatsarBot.Core.Participants;
using LatsarBot.Learning.Actualization.Report;
using LatsarBot.Testing;
using LatsarBot.Testing.FakeWhatsApp;
using LatsarBot.WhatsApp.Tests.EndToEnd;
using LatsarBot.WhatsApp.Tests.Window;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.WhatsApp.Tests.Delivery;

/// <summary>
/// The draft actualization report, a file on this host Meta cannot fetch by link: uploaded through the media endpoint
/// and sent as a document message by its media id, under its own file name.
/// </summary>
public sealed class WhatsAppReportDocumentTests
{
    private const string WaId = "6281200000099";

    [Fact]
    public async Task DraftReport_IsUploadedAndSentAsDocumentsByMediaId()
    {
        await using var fake = await FakeGraphApiServer.StartAsync();
        await using var database = TestDatabase.Sqlite();
        await using var host = await WhatsAppTestHost.StartAsync(fake, database);
        var chat = new WhatsAppChat(fake, WaId);
        await WhatsAppWindowTests.LogInAsync(chat);
        await PlanAsync(database);

        var report = await chat.SayAsync("/laporan", m => m.Count(x => x.Type == "document") == 2);

        var documents = report.Where(m => m.Type == "document").Select(m => m.Body["document"]!).ToList();
        Assert.All(documents, d => Assert.Null(d["link"]));
        Assert.Equal([DraftReportService.PdfName, DraftReportService.MarkdownName], documents.Select(d => d["filename"]!.ToString()));
        var pdf = fake.Uploads[documents[0]["id"]!.ToString()];
        Assert.Equal(("application/pdf", DraftReportService.PdfName), (pdf.MimeType, pdf.FileName));
        Assert.Equal("%PDF"u8.ToArray(), pdf.Bytes[..4]);
        Assert.Contains(fake.Uploads.Values, u => u.MimeType == "text/markdown" && u.FileName == DraftReportService.MarkdownName);
    }

    /// <summary>Day 2 of the demo participant's actualization by the real clock, one planned activity.</summary>
    private static async Task PlanAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var participant = await db.Participants.SingleAsync(p => p.Nip == Nip.FromTrusted(DemoPeople.Nip));
        var activity = new PlannedActivity { Title = "Daftar periksa loket", ExpectedOutput = "Daftar periksa", Values = BerAkhlakValues.BerorientasiPelayanan };
        var start = ActualizationSchedule.Today(TimeZoneCode.Wib, DateTimeOffset.UtcNow).AddDays(-1);
        db.ActualizationPlans.Add(new ActualizationPlan { ParticipantId = participant.Id, StartDate = start, Activities = [activity] });
        await db.SaveChangesAsync();
    }
}
