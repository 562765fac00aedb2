using System.Net;
using System.Text.RegularExpressions;
using LatsarBot.Testing.StaffConsole;

namespace LatsarBot.Tests.StaffConsole;

/// <summary>
/// Issue 15, item 4: the class table's filters and sort from the query string, and the charts' figures in their SVG,
/// over the matrix's people (Andi has one day logged and a question waiting for his coach; Siti nothing).
/// </summary>
public sealed partial class ConsoleProgressTests(ConsoleRoleMatrixTests.Hosted hosted) : IClassFixture<ConsoleRoleMatrixTests.Hosted>
{
    [Theory]
    [InlineData("", new[] { "Andi Pratama", "Siti Rahmawati" })]
    [InlineData("?menunggu=1", new[] { "Andi Pratama" })]
    [InlineData("?hari_lt=1", new[] { "Siti Rahmawati" })]
    [InlineData("?trofi_lt=28", new[] { "Andi Pratama", "Siti Rahmawati" })]
    [InlineData("?trofi_lt=0", new string[0])]
    [InlineData("?posttest=lulus", new string[0])]
    [InlineData("?posttest=belum&hari_lt=5", new[] { "Andi Pratama", "Siti Rahmawati" })]
    [InlineData("?simpan=mooc3", new[] { "Andi Pratama", "Siti Rahmawati" })]
    [InlineData("?urut=nama&arah=turun", new[] { "Siti Rahmawati", "Andi Pratama" })]
    [InlineData("?urut=hari&arah=turun", new[] { "Andi Pratama", "Siti Rahmawati" })]
    [InlineData("?urut=hari", new[] { "Siti Rahmawati", "Andi Pratama" })]
    [InlineData("?kanal=telegram", new string[0])]
    public async Task ClassTable_QueryString_FiltersAndSorts(string query, string[] names)
    {
        var client = await hosted.SignedInAsync(ConsoleStaff.Organiser);

        var response = await client.GetAsync(hosted.Resolve("/console/kelas/{demo}" + query));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        var rows = RowName().Matches(body.Split("<tbody>")[1]).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(names, rows);
    }

    [Theory]
    [InlineData("?trofi_lt=banyak")]
    [InlineData("?posttest=mungkin")]
    [InlineData("?aktif_sebelum=kemarin")]
    [InlineData("?urut=gaji")]
    public async Task ClassTable_UnreadableFilter_400NamingIt(string query)
    {
        var client = await hosted.SignedInAsync(ConsoleStaff.Organiser);

        var response = await client.GetAsync(hosted.Resolve("/console/kelas/{demo}" + query));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(query[1..query.IndexOf('=', StringComparison.Ordinal)], await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClassTable_SavedStragglerFilter_SaysTheMoocHasNoDatesYet()
    {
        var client = await hosted.SignedInAsync(ConsoleStaff.Organiser);

        var body = await (await client.GetAsync(hosted.Resolve("/console/kelas/{demo}?simpan=mooc3"))).Content.ReadAsStringAsync();

        Assert.Contains("2 dari 2 peserta (trofi &lt; 28)", body, StringComparison.Ordinal);
        Assert.Contains("Jadwal MOOC belum diisi", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ConsoleStaff.Organiser, "grafik-trofi", "0", 2)]
    [InlineData(ConsoleStaff.Organiser, "grafik-trofi", "≥ 28", 0)]
    [InlineData(ConsoleStaff.Organiser, "grafik-corong", "Peserta", 2)]
    [InlineData(ConsoleStaff.Organiser, "grafik-corong", "Post test lulus", 0)]
    [InlineData(ConsoleStaff.Organiser, "grafik-catatan", "Hari 1", 1)]
    [InlineData(ConsoleStaff.Organiser, "grafik-catatan", "Hari 2", 0)]
    [InlineData(ConsoleStaff.Organiser, "grafik-balasan", "Menunggu, belum tenggat", 1)]
    [InlineData(ConsoleStaff.Organiser, "grafik-balasan", "Dibalas lewat tenggat", 0)]
    [InlineData(ConsoleStaff.Mentor, "grafik-trofi", "0", 1)]
    [InlineData(ConsoleStaff.Mentor, "grafik-corong", "Peserta", 1)]
    public async Task Charts_SvgBars_CountTheParticipantsInScope(string nip, string chart, string label, int count)
    {
        var client = await hosted.SignedInAsync(nip);

        var body = await (await client.GetAsync(hosted.Resolve("/console/kelas/{demo}/grafik"))).Content.ReadAsStringAsync();

        var figure = body[body.IndexOf($"id=\"{chart}\"", StringComparison.Ordinal)..];
        figure = figure[..figure.IndexOf("</figure>", StringComparison.Ordinal)];
        Assert.Contains("role=\"img\"", figure, StringComparison.Ordinal);
        Assert.Contains($"<title id=\"{chart}-t\">", figure, StringComparison.Ordinal);
        Assert.Contains($"data-label=\"{System.Net.WebUtility.HtmlEncode(label).Replace("≥", "&#x2265;", StringComparison.Ordinal)}\" data-count=\"{count}\"", figure, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", body, StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex("<a href=\"/console/peserta/[0-9]+\">([^<]+)</a>")]
    private static partial Regex RowName();
}
