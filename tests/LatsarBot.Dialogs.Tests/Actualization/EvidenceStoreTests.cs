using LatsarBot.Bot.Activities;
using LatsarBot.Core.Actualization;
using LatsarBot.Dialogs.Actualization;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using LatsarBot.Documents.Evidence;

namespace LatsarBot.Dialogs.Tests.Actualization;

/// <summary>Issue 5, item 8: evidence kept under the hash of its bytes, once, within the type allow-list and the size limit.</summary>
public sealed class EvidenceStoreTests : IAsyncLifetime
{
    private const int Limit = 1000;

    private BotHarness _bot = null!;
    private int _activityId;

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.StartAsync(settings: [new("Evidence:MaxBytes", Limit.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        _activityId = await ActualizationFixture.PlanAsync(_bot, ActualizationFixture.Today(_bot));
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private EvidenceStore Store => _bot.Services.GetRequiredService<EvidenceStore>();

    [Fact]
    public async Task Evidence_AllowedFile_IsStoredUnderTheHashOfItsBytes()
    {
        var flow = await AtEvidenceAsync();

        await flow.SendActivityAsync(flow.NewActivity() with { Attachments = [EvidenceFiles.Png("papan.png")] });
        await SaveAsync(flow);

        var hash = EvidenceFiles.Sha256(EvidenceFiles.PngBytes);
        var evidence = Assert.Single(await EvidenceRowsAsync());
        Assert.Equal((hash, EvidenceRules.Png, (long?)EvidenceFiles.PngBytes.Length, $"{hash[..2]}/{hash}"), (evidence.Sha256, evidence.ContentType, evidence.Size, evidence.StoragePath));
        Assert.Equal(EvidenceFiles.PngBytes, await File.ReadAllBytesAsync(Store.FullPath(evidence.StoragePath)));
    }

    [Fact]
    public async Task Evidence_SameBytesInTwoEntries_IsStoredOnce()
    {
        var first = await AtEvidenceAsync();
        await first.SendActivityAsync(first.NewActivity() with { Attachments = [EvidenceFiles.Jpeg("a.jpg")] });
        await SaveAsync(first);
        var second = await AtEvidenceAsync();

        await second.SendActivityAsync(second.NewActivity() with { Attachments = [EvidenceFiles.Jpeg("b.jpg")] });
        await SaveAsync(second);

        var rows = await EvidenceRowsAsync();
        Assert.Equal(2, rows.Select(r => r.LogEntryId).Distinct().Count());
        Assert.Single(rows.Select(r => r.Sha256).Distinct());
        Assert.Single(Directory.EnumerateFiles(Store.Root, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Evidence_OverTheLimit_IsRejectedWithAMessageAndTheEntryIsKept()
    {
        var flow = await AtEvidenceAsync();
        byte[] big = [.. EvidenceFiles.PngBytes, .. new byte[Limit]];

        await flow.SendActivityAsync(flow.NewActivity() with { Attachments = [new InboundAttachment("image/png", EvidenceFiles.DataUrl(big), "besar.png")] });

        flow.AssertReply(ActualizationMsg.EvidenceRejectedSize, ("name", "besar.png"), ("max", 1));
        await SaveAsync(flow);
        Assert.Empty(await EvidenceRowsAsync());
        Assert.Equal(1, await EntryCountAsync());
        Assert.Empty(Directory.EnumerateFiles(Store.Root, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Evidence_DeclaredSizeOverTheLimit_IsRejectedWithoutFetching()
    {
        var flow = await AtEvidenceAsync();

        await flow.SendActivityAsync(flow.NewActivity() with { Attachments = [new InboundAttachment("application/pdf", Name: "laporan.pdf", FileRef: "unfetchable", Size: Limit + 1)] });

        flow.AssertReply(ActualizationMsg.EvidenceRejectedSize, ("name", "laporan.pdf"), ("max", 1));
    }

    [Fact]
    public async Task Evidence_BytesNotOfAnAllowedType_AreRejectedWithAMessageAndTheEntryIsKept()
    {
        var flow = await AtEvidenceAsync();

        // Declared as a PNG, but the bytes are a GIF.
        await flow.SendActivityAsync(flow.NewActivity() with { Attachments = [new InboundAttachment("image/png", EvidenceFiles.DataUrl("GIF89a-not-a-png"u8.ToArray()), "animasi.png")] });

        flow.AssertReply(ActualizationMsg.EvidenceRejectedType, ("name", "animasi.png"), ("type", "image/png"));
        await SaveAsync(flow);
        Assert.Empty(await EvidenceRowsAsync());
        Assert.Equal(1, await EntryCountAsync());
    }

    [Fact]
    public async Task Evidence_AUrlTheBotDoesNotFetch_IsAnsweredAndTheEntryGoesOn()
    {
        var flow = await AtEvidenceAsync();

        await flow.SendActivityAsync(flow.NewActivity() with { Attachments = [new InboundAttachment("image/jpeg", "http://169.254.169.254/latest", "x.jpg")] });

        flow.AssertReply(ActualizationMsg.EvidenceUnavailable, ("name", "x.jpg"));
        await SaveAsync(flow);
        Assert.Equal(1, await EntryCountAsync());
    }

    private async Task<TestFlow> AtEvidenceAsync()
    {
        var flow = await MoocFixture.LoggedInAsync(_bot);
        await flow.SendAsync("/aktualisasi");
        await flow.PressAsync("log");
        await flow.PressAsync("a:" + _activityId);
        await flow.SendAsync("Menata ulang papan informasi layanan");
        await flow.PressAsync("done");
        flow.TakeAll();
        return flow;
    }

    private static async Task SaveAsync(TestFlow flow)
    {
        await flow.PressAsync("done");
        await flow.PressAsync("save");
        flow.TakeAll();
    }

    private async Task<List<Evidence>> EvidenceRowsAsync()
    {
        await using var db = _bot.NewContext();
        return await db.Evidence.ToListAsync();
    }

    private async Task<int> EntryCountAsync()
    {
        await using var db = _bot.NewContext();
        return await db.LogEntries.CountAsync();
    }
}
