using System.Globalization;
using LatsarBot.Bot.Activities;
using LatsarBot.Core.Actualization;
using LatsarBot.Core.Participants;
using LatsarBot.Dialogs.Actualization;
using LatsarBot.Learning.Actualization.Report;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;
using LatsarBot.Documents.Reports;

namespace LatsarBot.Dialogs.Tests.Actualization;

/// <summary>Issue 5, item 4: the RTL from day 22 and the draft report (PDF and Markdown) compiled from plan, log, evidence and RTL.</summary>
public sealed class DraftReportTests : IAsyncLifetime
{
    private static readonly string[] Rtl =
    [
        "Menetapkan SOP digitalisasi arsip bersama kepala subbagian",
        "Melatih dua rekan kerja memakai aplikasi arsip",
        "Mengusulkan anggaran pemindai tahun depan",
    ];

    private static readonly string[] Outline = ["Latar belakang dan isu", "Kegiatan dan nilai BerAKHLAK", "Hasil dan RTL"];

    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    /// <summary>The "shown when resolved": days 1–28 logged, the RTL given, every entry and the RTL in the PDF's text.</summary>
    [Fact]
    public async Task Report_After28DaysAndTheRtl_PdfTextHoldsEveryEntryAndTheRtl()
    {
        var activityId = await ActualizationFixture.PlanAsync(_bot, ActualizationFixture.Today(_bot));
        var flow = await MoocFixture.LoggedInAsync(_bot);
        for (var day = 1; day <= 28; day++)
        {
            _bot.Time.Advance(day == 1 ? TimeSpan.Zero : TimeSpan.FromDays(1));
            await LogAsync(flow, activityId, Done(day), day == 3 ? [EvidenceFiles.Jpeg("arsip-hari-3.jpg")] : []);
        }

        await GiveFollowUpAsync(flow);

        await flow.SendAsync("/laporan");

        var reply = flow.AssertReply(ReportMsg.Ready, ("entries", 28), ("evidence", 1), ("rtl", 3));
        Assert.Equal([AttachmentKind.Document, AttachmentKind.Document], reply.Attachments.Select(a => a.Kind));
        var text = PdfText(PathOf(reply.Attachments[0].Url));
        Assert.All(Enumerable.Range(1, 28), day => Assert.Contains(Done(day), text, StringComparison.Ordinal));
        Assert.All(Rtl, item => Assert.Contains(item, text, StringComparison.Ordinal));
        Assert.All(Outline, item => Assert.Contains(item, text, StringComparison.Ordinal));
        Assert.Contains("arsip-hari-3.jpg", text, StringComparison.Ordinal);
        var markdown = await File.ReadAllTextAsync(PathOf(reply.Attachments[1].Url));
        Assert.All(Enumerable.Range(1, 28), day => Assert.Contains(Done(day), markdown, StringComparison.Ordinal));
        Assert.All(Rtl, item => Assert.Contains("- " + item, markdown, StringComparison.Ordinal));
    }

    [Fact]
    public async Task FollowUp_BeforeDay22_IsExplainedAsNotYetDue()
    {
        var start = ActualizationFixture.Today(_bot).AddDays(-19);
        await ActualizationFixture.PlanAsync(_bot, start);
        var flow = await MoocFixture.LoggedInAsync(_bot);
        await flow.SendAsync("/aktualisasi");
        flow.TakeAll();

        await flow.PressAsync("follow_up");

        var reply = flow.TakeAll()[0];
        Assert.Equal(_bot.Messages.Text(Core.Participants.Language.Id, ReportMsg.FollowUpNotDue,
            ("date", "4 Maret 2026"), ("status", _bot.Messages.Text(Core.Participants.Language.Id, ActualizationMsg.StatusDay, ("day", 20), ("days", 30), ("week", 3)))), reply.Text);
        await using var db = _bot.NewContext();
        Assert.False(await db.FollowUpPlans.AnyAsync());
    }

    [Fact]
    public async Task Menu_FromDay22_AsksForTheRtlOnce()
    {
        await ActualizationFixture.PlanAsync(_bot, ActualizationFixture.Today(_bot).AddDays(-21));
        var flow = await MoocFixture.LoggedInAsync(_bot);

        await flow.SendAsync("/aktualisasi");
        var first = flow.TakeAll();
        await flow.SendAsync("/aktualisasi");
        var second = flow.TakeAll();

        var prompt = _bot.Messages.Text(Core.Participants.Language.Id, ReportMsg.FollowUpPrompt);
        Assert.Equal(1, first.Count(r => r.Text == prompt));
        Assert.Equal("follow_up", first.Single(r => r.Text == prompt).Buttons.Single().Value);
        Assert.DoesNotContain(second, r => r.Text == prompt);
    }

    [Fact]
    public async Task Menu_BeforeDay22_DoesNotAskForTheRtl()
    {
        await ActualizationFixture.PlanAsync(_bot, ActualizationFixture.Today(_bot).AddDays(-20));
        var flow = await MoocFixture.LoggedInAsync(_bot);

        await flow.SendAsync("/aktualisasi");

        Assert.DoesNotContain(flow.TakeAll(), r => r.Text == _bot.Messages.Text(Core.Participants.Language.Id, ReportMsg.FollowUpPrompt));
    }

    [Fact]
    public async Task FollowUp_BlankRtl_IsAskedAgainAndTheNextAnswerCounts()
    {
        await ActualizationFixture.PlanAsync(_bot, ActualizationFixture.Today(_bot).AddDays(-23));
        var flow = await MoocFixture.LoggedInAsync(_bot);
        await flow.SendAsync("/aktualisasi");
        await flow.PressAsync("follow_up");
        flow.TakeAll();
        await flow.SendAsync("   ");
        Assert.EndsWith(_bot.Messages.Text(Core.Participants.Language.Id, ReportMsg.FollowUpAskRtl), flow.TakeAll().Last().Text, StringComparison.Ordinal);

        await flow.SendAsync("Satu\n\nDua");

        flow.AssertReply(ReportMsg.FollowUpAskOutline);
    }

    [Fact]
    public async Task Report_WithoutStartDate_IsExplained()
    {
        await ActualizationFixture.PlanAsync(_bot, start: null);
        var flow = await MoocFixture.LoggedInAsync(_bot);

        await flow.SendAsync("/laporan");

        flow.AssertReply(ReportMsg.NotSet);
    }

    [Fact]
    public async Task Report_InEnglish_UsesTheEnglishHeadings()
    {
        await ActualizationFixture.PlanAsync(_bot, ActualizationFixture.Today(_bot));
        var flow = await MoocFixture.LoggedInAsync(_bot);
        await using (var db = _bot.NewContext())
        {
            var person = await db.People.SingleAsync(p => p.Nip == Nip.FromTrusted(DemoPeople.Nip));
            person.Language = Core.Participants.Language.En;
            await db.SaveChangesAsync();
        }

        await flow.SendAsync("/laporan");

        var reply = flow.TakeAll()[0];
        var text = PdfText(PathOf(reply.Attachments[0].Url));
        Assert.Contains(_bot.Messages.Text(Core.Participants.Language.En, ReportMsg.DocTitle), text, StringComparison.Ordinal);
        Assert.Contains("Follow-up plan", text, StringComparison.Ordinal);
    }

    private static string Done(int day) =>
        string.Create(CultureInfo.InvariantCulture, $"Hari {day}: memindai {day * 3} surat masuk, memberi kode klasifikasi dan mengunggahnya ke aplikasi arsip digital unit kerja");

    private static async Task LogAsync(TestFlow flow, int activityId, string done, IReadOnlyList<InboundAttachment> files)
    {
        await flow.SendAsync("/aktualisasi");
        await flow.PressAsync("log");
        await flow.PressAsync("a:" + activityId);
        await flow.SendAsync(done);
        await flow.PressAsync("done");
        if (files.Count > 0)
        {
            await flow.SendActivityAsync(flow.NewActivity() with { Attachments = files });
        }

        await flow.PressAsync("done");
        flow.TakeAll();
        await flow.PressAsync("save");
        var saved = flow.TakeAll();
        Assert.Contains(saved, r => r.Text.StartsWith("✅", StringComparison.Ordinal));
    }

    private static async Task GiveFollowUpAsync(TestFlow flow)
    {
        await flow.SendAsync("/aktualisasi");
        await flow.PressAsync("follow_up");
        flow.TakeAll();
        await flow.SendAsync(string.Join("\n", Rtl));
        flow.AssertReply(ReportMsg.FollowUpAskOutline);
        await flow.SendAsync(string.Join("\n", Outline));
        flow.AssertReply(ReportMsg.FollowUpSaved, ("rtl", 3), ("outline", 3));
        flow.TakeAll();
    }

    private string PathOf(string url) => _bot.Services.GetRequiredService<ReportFiles>().ExistingPathOf(url)
        ?? throw new Xunit.Sdk.XunitException($"No report file behind {url}.");

    /// <summary>The PDF's words in reading order, joined by single spaces, so wrapped lines read as one text.</summary>
    private static string PdfText(string path)
    {
        using var pdf = PdfDocument.Open(path);
        return string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }
}
