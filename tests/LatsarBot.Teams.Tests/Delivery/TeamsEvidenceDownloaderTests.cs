using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Attachments;
using LatsarBot.Channels.Teams;
using LatsarBot.Teams.Tests.Inbound;
using LatsarBot.Testing.FakeTeams;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Teams.Tests.Delivery;

/// <summary>
/// Files as the mapper references them, fetched from the fake: a pasted picture from the connector with the app token,
/// a sent file from its pre-authorised URL without it; a missing file is "no such file"; a host not allowed is never asked.
/// </summary>
public sealed class TeamsEvidenceDownloaderTests(TeamsHostFixture fixture) : IClassFixture<TeamsHostFixture>
{
    private IEvidenceDownloader Downloader => fixture.Host.Services.GetServices<IEvidenceDownloader>().Single(d => d.Channel == "teams");

    private async Task<(bool Found, byte[] Bytes)> DownloadAsync(JsonActivity activity)
    {
        var mapped = TeamsActivityMapper.Map(activity.Parse());
        var attachment = Assert.Single(mapped.Turn!.Attachments);
        using var sink = new MemoryStream();
        var found = await Downloader.DownloadAsync(attachment, sink, CancellationToken.None);
        return (found, sink.ToArray());
    }

    [Fact]
    public async Task PastedPicture_ComesFromTheConnectorWithTheAppToken()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];
        var (contentUrl, _) = fixture.Fake.AddFile("pic-1", png, "image/png");

        var (found, bytes) = await DownloadAsync(new(FakeTeamsActivities.Picture(fixture.ServiceUrl, "dl-1", "aad-dl-1", contentUrl)));

        Assert.True(found);
        Assert.Equal(png, bytes);
    }

    [Fact]
    public async Task SentFile_ComesFromItsDownloadUrl_WithoutTheBotToken()
    {
        byte[] pdf = [.. "%PDF-1.7\n"u8, 9, 9, 9];
        var (_, downloadUrl) = fixture.Fake.AddFile("file-1", pdf, "application/pdf");

        var (found, bytes) = await DownloadAsync(new(FakeTeamsActivities.File(fixture.ServiceUrl, "dl-2", "aad-dl-2", downloadUrl, "laporan.pdf", "pdf")));

        // The fake refuses a bearer token on a download URL, as SharePoint does: the bytes prove none was sent.
        Assert.True(found);
        Assert.Equal(pdf, bytes);
    }

    [Fact]
    public async Task MissingFile_IsNoSuchFile()
    {
        var (found, _) = await DownloadAsync(new(FakeTeamsActivities.Picture(fixture.ServiceUrl, "dl-3", "aad-dl-3", fixture.Fake.BaseUrl + "/v3/attachments/nothing/views/original")));

        Assert.False(found);
    }

    [Fact]
    public async Task HostNotAllowed_IsNeverAsked()
    {
        var before = fixture.Fake.FileRequests.Count;
        var foreign = new Uri(fixture.Fake.BaseUrl).Port;

        var (viaConnector, _) = await DownloadAsync(new(FakeTeamsActivities.Picture(fixture.ServiceUrl, "dl-4", "aad-dl-4", $"http://localhost:{foreign}/v3/attachments/x/views/original")));
        var (viaDownload, _) = await DownloadAsync(new(FakeTeamsActivities.File(fixture.ServiceUrl, "dl-5", "aad-dl-5", $"http://localhost:{foreign}/personal/_layouts/15/download.aspx?UniqueId=x", "a.pdf", "pdf")));

        Assert.Equal((false, false), (viaConnector, viaDownload));
        Assert.Equal(before, fixture.Fake.FileRequests.Count);
    }

    /// <summary>An activity as the fake builds it, read as the endpoint reads it.</summary>
    private sealed record JsonActivity(System.Text.Json.Nodes.JsonObject Json)
    {
        public TeamsActivity Parse() => System.Text.Json.JsonSerializer.Deserialize(Json.ToJsonString(), TeamsJson.Default.TeamsActivity)!;
    }
}
