using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Messages;
using LatsarBot.Core.Actualization;
using LatsarBot.Core.Participants;
using LatsarBot.Dialogs;
using LatsarBot.Dialogs.Actualization;
using LatsarBot.Endpoints;
using LatsarBot.Learning.Actualization.Report;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using LatsarBot.Documents.Evidence;
using LatsarBot.Documents.Reports;

namespace LatsarBot.Tests.WebChat;

/// <summary>The web chat's attach button (upload, then the URL with the message) and the report download, over real HTTP.</summary>
public sealed class WebChatEvidenceTests : IAsyncLifetime
{
    private static readonly byte[] Png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 1, 2, 3];

    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await TestHost.StartAsync(settings: [new("Evidence:MaxBytes", "1000")]);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private MessageCatalog Messages => _host.Services.GetRequiredService<MessageCatalog>();

    [Fact]
    public async Task Upload_AllowedFile_IsStoredUnderItsHashAndTheLogEntryKeepsIt()
    {
        var flow = await LoggedInAsync();
        var activityId = await PlanAsync();
        await flow.SendAsync("/aktualisasi");
        await flow.PressAsync("log");
        await flow.PressAsync("a:" + activityId);
        await flow.SendAsync("Memasang papan alur layanan");
        await flow.PressAsync("done");
        flow.TakeAll();

        var upload = await UploadAsync(WebChatTransport.SessionOf(flow), Png, "alur.png", "image/png");
        var stored = await upload.Content.ReadFromJsonAsync<WebChatUpload>();
        await flow.SendActivityAsync(flow.NewActivity() with { Attachments = [new InboundAttachment(stored!.ContentType, stored.Url, stored.Name, Size: stored.Size)] });

        flow.AssertReply(ActualizationMsg.EvidenceAccepted, ("name", "alur.png"));
        await flow.PressAsync("done");
        await flow.PressAsync("save");
        var hash = Convert.ToHexStringLower(SHA256.HashData(Png));
        Assert.Equal((HttpStatusCode.OK, $"/api/webchat/{flow.ConversationId}/files/{hash}"), (upload.StatusCode, stored.Url));
        await using var db = _host.Database.NewContext();
        var evidence = Assert.Single(await db.Evidence.ToListAsync());
        Assert.Equal((hash, EvidenceRules.Png), (evidence.Sha256, evidence.ContentType));
        Assert.Equal(Png, await File.ReadAllBytesAsync(_host.Services.GetRequiredService<EvidenceStore>().FullPath(evidence.StoragePath)));
    }

    [Fact]
    public async Task Upload_OverTheLimit_Is413AndNothingIsStored()
    {
        using var response = await UploadAsync(await WebChatTransport.StartSessionAsync(_host.Client), [.. Png, .. new byte[1000]], "besar.png", "image/png");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("too_large", (await response.Content.ReadFromJsonAsync<Channels.WebChat.WebChatError>())!.Error);
        Assert.Empty(StoredFiles());
    }

    [Fact]
    public async Task Upload_BytesOfAnotherType_Is415AndNothingIsStored()
    {
        using var response = await UploadAsync(await WebChatTransport.StartSessionAsync(_host.Client), "GIF89a-pretending"u8.ToArray(), "foto.png", "image/png");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Empty(StoredFiles());
    }

    [Fact]
    public async Task Upload_OfAnotherConversation_IsNotTakenAsEvidence()
    {
        var flow = await LoggedInAsync();
        var activityId = await PlanAsync();
        await flow.SendAsync("/aktualisasi");
        await flow.PressAsync("log");
        await flow.PressAsync("a:" + activityId);
        await flow.SendAsync("Memasang papan alur layanan");
        await flow.PressAsync("done");
        flow.TakeAll();
        var stored = await (await UploadAsync(await WebChatTransport.StartSessionAsync(_host.Client), Png, "alur.png", "image/png")).Content.ReadFromJsonAsync<WebChatUpload>();

        await flow.SendActivityAsync(flow.NewActivity() with { Attachments = [new InboundAttachment(stored!.ContentType, stored.Url, stored.Name)] });

        flow.AssertReply(ActualizationMsg.EvidenceUnavailable, ("name", "alur.png"));
    }

    [Fact]
    public async Task Report_OverHttp_IsADocumentServedOnlyUnderItsToken()
    {
        var flow = await LoggedInAsync();
        await PlanAsync();

        await flow.SendAsync("/laporan");

        var reply = flow.TakeAll()[0];
        var pdf = reply.Attachments.Single(a => a.Url.EndsWith(".pdf", StringComparison.Ordinal));
        Assert.Equal(AttachmentKind.Document, pdf.Kind);
        using var response = await _host.Client.GetAsync(pdf.Url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(await response.Content.ReadAsByteArrayAsync())[..5], StringComparison.Ordinal);
        using var guessed = await _host.Client.GetAsync(ReportFiles.UrlPrefix + ReportFiles.NewToken() + "/" + DraftReportService.PdfName);
        Assert.Equal(HttpStatusCode.NotFound, guessed.StatusCode);
    }

    private async Task<HttpResponseMessage> UploadAsync(Channels.WebChat.WebChatSession session, byte[] bytes, string name, string type)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(type);
        form.Add(file, "file", name);
        return await _host.Client.SendAsync(WebChatTransport.Request(HttpMethod.Post, $"/api/webchat/{session.ConversationId}/files", session.Token, form));
    }

    private IEnumerable<string> StoredFiles()
    {
        var root = _host.Services.GetRequiredService<EvidenceStore>().Root;
        return Directory.Exists(root) ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories) : [];
    }

    private async Task<TestFlow> LoggedInAsync()
    {
        var flow = await WebChatTransport.FlowAsync(_host, Messages);
        await DemoPeople.LogInAsync(flow);
        flow.TakeAll();
        return flow;
    }

    /// <summary>Day 2 by the host's (real) clock, one planned activity.</summary>
    private async Task<int> PlanAsync()
    {
        await using var db = _host.Database.NewContext();
        var participant = await db.Participants.SingleAsync(p => p.Nip == Nip.FromTrusted(DemoPeople.Nip));
        var activity = new PlannedActivity { Title = "Papan alur layanan", ExpectedOutput = "Papan terpasang", Values = BerAkhlakValues.BerorientasiPelayanan };
        db.ActualizationPlans.Add(new ActualizationPlan
        {
            ParticipantId = participant.Id,
            StartDate = ActualizationSchedule.Today(TimeZoneCode.Wib, DateTimeOffset.UtcNow).AddDays(-1),
            Activities = [activity],
        });
        await db.SaveChangesAsync();
        return activity.Id;
    }
}
