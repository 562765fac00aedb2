using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Attachments;
using LatsarBot.Bot.Outbox;
using LatsarBot.Channels.WhatsApp;
using LatsarBot.Testing;
using LatsarBot.Testing.FakeWhatsApp;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.WhatsApp.Tests.Delivery;

/// <summary>The real sender and downloader against the fake Graph API: what Meta refuses becomes the outbox's outcome.</summary>
public sealed class WhatsAppSenderTests
{
    [Fact]
    public async Task Send_ReplyToSomeoneWhoNeverWrote_IsHeldAndNeverReachesMeta()
    {
        await using var setup = await Setup.StartAsync();

        var outcome = await setup.SendAsync("6281300000001", 1);

        Assert.Equal(SendOutcome.Held.NoTemplate, Assert.IsType<SendOutcome.Held>(outcome).Code);
        Assert.DoesNotContain(setup.Fake.Received, r => r.To == "6281300000001");
    }

    [Fact]
    public async Task Send_MetaSaysTheWindowClosed_FailsWithReEngagementAndItsCode()
    {
        await using var setup = await Setup.StartAsync();
        await setup.OpenWindowAsync("6281300000005");
        setup.Fake.CloseWindow("6281300000005");

        var outcome = await setup.SendAsync("6281300000005", 1);

        var terminal = Assert.IsType<SendOutcome.Terminal>(outcome);
        Assert.Contains("131047", terminal.Reason, StringComparison.Ordinal);
        Assert.Equal("WhatsApp:131047", terminal.Code);
    }

    [Fact]
    public async Task Send_ToANumberNotOnWhatsApp_FailsAsUnreachable()
    {
        await using var setup = await Setup.StartAsync();
        await setup.OpenWindowAsync("6281300000002");
        setup.Fake.Fail("6281300000002", WhatsAppErrors.NotOnWhatsApp);

        var outcome = await setup.SendAsync("6281300000002", 1);

        Assert.True(Assert.IsType<SendOutcome.Terminal>(outcome).Unreachable);
    }

    [Fact]
    public async Task Send_PairRateHit_RetriesLaterAndHoldsTheRecipientWithoutAskingMetaAgain()
    {
        await using var setup = await Setup.StartAsync(new FakeGraphLimits(PerRecipientPerSecond: 0.01, PerRecipientBurst: 1));
        await setup.OpenWindowAsync("6281300000003");
        Assert.IsType<SendOutcome.SentOutcome>(await setup.SendAsync("6281300000003", 1));

        var throttled = await setup.SendAsync("6281300000003", 2);
        var held = await setup.SendAsync("6281300000003", 3);

        Assert.Equal(WhatsAppErrors.PairWait, Assert.IsType<SendOutcome.Transient>(throttled).RetryAfter);
        Assert.Equal("rate limit", Assert.IsType<SendOutcome.Transient>(held).Reason);
        Assert.Equal(2, setup.Fake.Received.Count(r => r.To == "6281300000003"));
    }

    [Fact]
    public async Task Send_NumberThroughputHit_IsTransient()
    {
        await using var setup = await Setup.StartAsync(new FakeGraphLimits(PerNumberPerSecond: 0.01, PerNumberBurst: 1));
        await setup.OpenWindowAsync("6281300000004");
        Assert.IsType<SendOutcome.SentOutcome>(await setup.SendAsync("6281300000004", 1));

        var outcome = await setup.SendAsync("6281300000004", 2);

        Assert.Equal(WhatsAppErrors.ThroughputWait, Assert.IsType<SendOutcome.Transient>(outcome).RetryAfter);
        Assert.Equal(1, setup.Fake.Throttled);
    }

    [Fact]
    public async Task Download_MediaId_StreamsTheFileWithTheBearerToken()
    {
        await using var setup = await Setup.StartAsync();
        setup.Fake.AddMedia("4490709327384033", [1, 2, 3, 4, 5], "image/jpeg");
        using var destination = new MemoryStream();

        var found = await setup.Downloader.DownloadAsync(new InboundAttachment("image/jpeg", FileRef: "4490709327384033"), destination, CancellationToken.None);

        Assert.True(found);
        Assert.Equal([1, 2, 3, 4, 5], destination.ToArray());
    }

    [Fact]
    public async Task Download_UnknownMediaId_IsNoSuchFile()
    {
        await using var setup = await Setup.StartAsync();

        var found = await setup.Downloader.DownloadAsync(new InboundAttachment("image/jpeg", FileRef: "nope"), Stream.Null, CancellationToken.None);

        Assert.False(found);
    }

    private sealed class Setup : IAsyncDisposable
    {
        private Setup(FakeGraphApiServer fake, TestDatabase database, WhatsAppTestHost host)
        {
            Fake = fake;
            Database = database;
            Host = host;
        }

        public FakeGraphApiServer Fake { get; }

        private TestDatabase Database { get; }

        private WhatsAppTestHost Host { get; }

        public IEvidenceDownloader Downloader => Host.Services.GetServices<IEvidenceDownloader>().Single(d => d.Channel == WhatsAppChannel.Name);

        public static async Task<Setup> StartAsync(FakeGraphLimits? limits = null)
        {
            var fake = await FakeGraphApiServer.StartAsync(limits);
            var database = TestDatabase.Sqlite();
            return new Setup(fake, database, await WhatsAppTestHost.StartAsync(fake, database));
        }

        /// <summary>The person writes something the bot does not answer (a reaction), which opens their window at the fake.</summary>
        public async Task OpenWindowAsync(string waId) =>
            (await Fake.PushAsync(FakeWebhooks.Message("wamid.open-" + waId, waId, "reaction", new() { ["message_id"] = "wamid.x", ["emoji"] = "👍" }))).EnsureSuccessStatusCode();

        public Task<SendOutcome> SendAsync(string waId, long id) =>
            Host.Services.GetRequiredService<WhatsAppSender>().SendAsync(new OutgoingMessage(id, waId, id, new Reply($"Pesan {id}"), 1), CancellationToken.None);

        public async ValueTask DisposeAsync()
        {
            await Host.DisposeAsync();
            await Database.DisposeAsync();
            await Fake.DisposeAsync();
        }
    }
}
