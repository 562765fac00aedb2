using LatsarBot.Bot.Activities;
using LatsarBot.Core.Actualization;
using LatsarBot.Dialogs.Actualization;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Dialogs.Tests.Actualization;

public sealed class LogDialogTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Log_OnDay1_ShowsDay1AndSavesEntryWithAcceptedEvidenceOnly()
    {
        var activityId = await ActualizationFixture.PlanAsync(_bot, ActualizationFixture.Today(_bot));
        var flow = await AtActivityPickAsync();
        flow.AssertReply(ActualizationMsg.LogDay, ("day", 1), ("days", 30));
        flow.AssertReply(ActualizationMsg.LogPickActivity);

        await flow.PressAsync("a:" + activityId);
        await flow.SendAsync("Memindai 40 surat masuk");
        await flow.PressAsync(nameof(BerAkhlakValues.Kolaboratif));
        await flow.PressAsync("done");
        flow.TakeAll();
        await flow.SendActivityAsync(flow.NewActivity() with
        {
            Attachments = [EvidenceFiles.Jpeg("foto.jpg"), new InboundAttachment("application/zip", EvidenceFiles.DataUrl([(byte)'P', (byte)'K', 3, 4]), "arsip.zip")],
        });
        flow.AssertReply(ActualizationMsg.EvidenceAccepted, ("name", "foto.jpg"));
        flow.AssertReply(ActualizationMsg.EvidenceRejectedType, ("name", "arsip.zip"), ("type", "application/zip"));
        await flow.PressAsync("done");
        flow.AssertReply(ActualizationMsg.LogSummary, ("day", 1), ("days", 30), ("title", "Digitalisasi arsip surat masuk"),
            ("done", "Memindai 40 surat masuk"), ("values", "Akuntabel, Kolaboratif"), ("evidence", 1));
        await flow.PressAsync("save");

        flow.AssertReply(ActualizationMsg.LogSaved, ("day", 1));
        await using var db = _bot.NewContext();
        var entry = await db.LogEntries.Include(e => e.Evidence).SingleAsync();
        Assert.Equal((1, BerAkhlakValues.Akuntabel | BerAkhlakValues.Kolaboratif), (entry.DayNumber, entry.Values));
        var evidence = Assert.Single(entry.Evidence);
        Assert.Equal(("image/jpeg", EvidenceFiles.Sha256(EvidenceFiles.JpegBytes), "foto.jpg"), (evidence.ContentType, evidence.Sha256, evidence.OriginalName));
    }

    [Fact]
    public async Task Log_OnDay12_ShowsDay12()
    {
        await ActualizationFixture.PlanAsync(_bot, ActualizationFixture.Today(_bot).AddDays(-11));

        var flow = await AtActivityPickAsync();

        flow.AssertReply(ActualizationMsg.LogDay, ("day", 12), ("days", 30));
    }

    [Fact]
    public async Task Log_BeforeDay1_ExplainedNotAccepted()
    {
        await ActualizationFixture.PlanAsync(_bot, new DateOnly(2026, 3, 9));

        var flow = await AtActivityPickAsync();

        flow.AssertReply(ActualizationMsg.LogBefore, ("date", "9 Maret 2026"));
        flow.AssertReplyFrom(ActualizationMsg.Menu);
        flow.AssertNoReply();
    }

    [Fact]
    public async Task Log_OnDay31_ExplainedNotAccepted()
    {
        await ActualizationFixture.PlanAsync(_bot, new DateOnly(2026, 2, 1));
        _bot.Time.Advance(TimeSpan.FromDays(1));

        var flow = await AtActivityPickAsync();

        flow.AssertReply(ActualizationMsg.LogAfter, ("date", "2 Maret 2026"));
    }

    [Fact]
    public async Task Log_NoStartDate_ExplainedNotAccepted()
    {
        await ActualizationFixture.PlanAsync(_bot, start: null);

        var flow = await AtActivityPickAsync();

        flow.AssertReply(ActualizationMsg.LogNotSet);
    }

    private async Task<TestFlow> AtActivityPickAsync()
    {
        var flow = await MoocFixture.LoggedInAsync(_bot);
        await flow.SendAsync("/aktualisasi");
        flow.TakeAll();
        await flow.PressAsync("log");
        return flow;
    }
}
