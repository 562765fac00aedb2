using System.Net;
using System.Text.RegularExpressions;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Data.Audit;
using LatsarBot.StaffConsole.Imports;
using LatsarBot.Testing;
using LatsarBot.Testing.StaffConsole;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Tests.StaffConsole;

/// <summary>
/// Issue 15, item 3 (import): upload → preview → confirm over real HTTP, the scope of who may import where, and what a
/// broken upload gets. One host per class; each test imports its own NIPs (a birth year of its own).
/// </summary>
public sealed partial class ConsoleImportTests(ConsoleImportTests.Hosted hosted) : IClassFixture<ConsoleImportTests.Hosted>
{
    [Fact]
    public async Task Preview_ThreeBadRows_NamesEachRowAndRule_WritesNothing()
    {
        var client = await hosted.SignedInAsync(ConsoleStaff.Organiser);
        var file = RosterWorkbook.Xlsx(RosterWorkbook.Rows(30, year: 1981, badSheetRows: [7, 14, 22]));

        var response = await client.UploadAsync(ImportPage(hosted.DemoClass), ImportPage(hosted.DemoClass), ImportEndpoints.FileField, "roster.xlsx", file);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("baris 7: NIP harus 18 digit", html, StringComparison.Ordinal);
        Assert.Contains("baris 14: nomor HP harus nomor seluler Indonesia", html, StringComparison.Ordinal);
        Assert.Contains("baris 22: nama wajib diisi", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/impor/konfirmasi", html, StringComparison.Ordinal);
        Assert.Equal(0, await ImportedAsync(1981));
    }

    [Fact]
    public async Task Confirm_AfterPreview_ImportsIntoTheClass_ShowsCodes_AndRecordsWhoFromWhere()
    {
        var client = await hosted.SignedInAsync(ConsoleStaff.Organiser);
        var preview = await PreviewAsync(client, "roster-1982.xlsx", RosterWorkbook.Xlsx(RosterWorkbook.Rows(5, year: 1982)));
        Assert.Equal(0, await ImportedAsync(1982));

        var response = await ConfirmAsync(client, preview);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tersimpan: 5 baru", html, StringComparison.Ordinal);
        Assert.Equal(5, CodeCell().Matches(html).Count);
        await using var db = NewContext();
        var classes = (await db.Participants.Select(p => new { p.Nip, p.ClassId }).ToListAsync())
            .Where(p => p.Nip is { } nip && nip.Value.StartsWith("1982", StringComparison.Ordinal)).Select(p => p.ClassId).ToList();
        Assert.Equal(Enumerable.Repeat(hosted.DemoClass, 5), classes);
        var entry = await db.AuditEntries.SingleAsync(a => a.Action == AuditActions.RosterImport && a.Detail!.StartsWith("5 rows: 5 created"));
        var rina = await db.Staff.SingleAsync(s => s.Nip == Nip.FromTrusted(ConsoleStaff.Organiser));
        Assert.Equal((rina.Id, "Organiser", rina.InstitutionId, "console", "127.0.0.1"), (entry.ActorStaffId, entry.ActorRole, entry.InstitutionId, entry.Channel, entry.Address));
    }

    [Fact]
    public async Task Confirm_SubmittedTwice_ImportsOnce()
    {
        var client = await hosted.SignedInAsync(ConsoleStaff.Organiser);
        var preview = await PreviewAsync(client, "roster-1983.csv", RosterWorkbook.Csv(RosterWorkbook.Rows(2, year: 1983)));
        await ConfirmAsync(client, preview);

        var again = await ConfirmAsync(client, preview);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        await using var db = NewContext();
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == AuditActions.RosterImport && a.Subject.Contains("roster-1983")));
    }

    [Fact]
    public async Task Confirm_AnotherOrganisersPreview_IsRefused()
    {
        var rina = await hosted.SignedInAsync(ConsoleStaff.Organiser);
        var preview = await PreviewAsync(rina, "roster-1984.csv", RosterWorkbook.Csv(RosterWorkbook.Rows(2, year: 1984)));
        var lan = await hosted.SignedInAsync(ConsoleStaff.LanAdmin);
        var page = await (await lan.GetAsync(ImportPage(hosted.DemoClass))).Content.ReadAsStringAsync();

        var response = await lan.PostAsync(ImportPage(hosted.DemoClass) + "/konfirmasi",
            [new("__af", ConsoleClient.AntiforgeryIn(page)), new(ImportEndpoints.TokenField, preview.Token)]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(0, await ImportedAsync(1984));
    }

    [Theory]
    [InlineData(ConsoleStaff.Organiser, "other", HttpStatusCode.Forbidden)]
    [InlineData(ConsoleStaff.OtherOrganiser, "demo", HttpStatusCode.Forbidden)]
    [InlineData(ConsoleStaff.Coach, "demo", HttpStatusCode.Forbidden)]
    [InlineData(ConsoleStaff.LanAdmin, "other", HttpStatusCode.OK)]
    public async Task ImportForm_ByRoleAndClass_OnlyOwnInstitutionsOrganiserOrLanAdmin(string nip, string kelas, HttpStatusCode status)
    {
        var client = await hosted.SignedInAsync(nip);

        var response = await client.GetAsync(ImportPage(kelas == "demo" ? hosted.DemoClass : hosted.OtherClass));

        Assert.Equal(status, response.StatusCode);
    }

    [Fact]
    public async Task Upload_IntoAnotherInstitutionsClassById_Forbidden_WritesNothing()
    {
        var client = await hosted.SignedInAsync(ConsoleStaff.Organiser);
        var form = ImportPage(hosted.DemoClass);

        var response = await client.UploadAsync(form, ImportPage(hosted.OtherClass), ImportEndpoints.FileField, "r.csv", RosterWorkbook.Csv(RosterWorkbook.Rows(2, year: 1985)));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await using var db = NewContext();
        Assert.False(await db.PendingImports.AnyAsync(p => p.ClassId == hosted.OtherClass));
    }

    public static TheoryData<string, byte[], HttpStatusCode> BrokenUploads => new()
    {
        { "zip but not a workbook", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6], HttpStatusCode.UnprocessableEntity },
        { "no header", "\n\n"u8.ToArray(), HttpStatusCode.UnprocessableEntity },
        { "not UTF-8", [0x6E, 0x69, 0x70, 0x0A, 0xFF, 0xFE, 0x0A], HttpStatusCode.UnprocessableEntity },
        { "too large", new byte[ImportEndpoints.MaxUploadBytes + 1], HttpStatusCode.RequestEntityTooLarge },
        { "empty", [], HttpStatusCode.BadRequest },
    };

    [Theory, MemberData(nameof(BrokenUploads))]
    public async Task Upload_Broken_IsAClear4xxPage(string what, byte[] content, HttpStatusCode status)
    {
        var client = await hosted.SignedInAsync(ConsoleStaff.Organiser);

        var response = await client.UploadAsync(ImportPage(hosted.DemoClass), ImportPage(hosted.DemoClass), ImportEndpoints.FileField, what + ".xlsx", content);

        Assert.Equal(status, response.StatusCode);
        Assert.Contains("role=\"alert\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_WithoutAntiforgeryField_400()
    {
        var client = await hosted.SignedInAsync(ConsoleStaff.Organiser);

        var response = await client.PostAsync(ImportPage(hosted.DemoClass), [new("berkas", "nip,nama")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public void RuleText_EveryRosterRule_HasIndonesian()
    {
        var rules = typeof(RosterRules).GetFields().Select(f => (string)f.GetValue(null)!).ToList();

        Assert.All(rules, r => Assert.True(RosterRuleText.Covers(r), r));
    }

    private static string ImportPage(int classId) => $"/console/kelas/{classId}/impor";

    private async Task<Preview> PreviewAsync(ConsoleClient client, string name, byte[] file)
    {
        var response = await client.UploadAsync(ImportPage(hosted.DemoClass), ImportPage(hosted.DemoClass), ImportEndpoints.FileField, name, file);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new Preview(ConsoleClient.AntiforgeryIn(html), PendingToken().Match(html).Groups[1].Value);
    }

    private Task<HttpResponseMessage> ConfirmAsync(ConsoleClient client, Preview preview) =>
        client.PostAsync(ImportPage(hosted.DemoClass) + "/konfirmasi", [new("__af", preview.Antiforgery), new(ImportEndpoints.TokenField, preview.Token)]);

    private async Task<int> ImportedAsync(int year)
    {
        await using var db = NewContext();
        var prefix = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return (await db.Participants.Select(p => p.Nip).ToListAsync()).Count(n => n is { } nip && nip.Value.StartsWith(prefix, StringComparison.Ordinal));
    }

    private LatsarDb NewContext() => hosted.Host.Services.CreateScope().ServiceProvider.GetRequiredService<LatsarDb>();

    private sealed record Preview(string Antiforgery, string Token);

    [GeneratedRegex("name=\"t\" value=\"([0-9a-f]{32})\"")]
    private static partial Regex PendingToken();

    [GeneratedRegex("<td><code>[0-9]{6}</code></td>")]
    private static partial Regex CodeCell();

    public sealed class Hosted : IAsyncLifetime
    {
        private readonly Dictionary<string, ConsoleClient> _clients = new(StringComparer.Ordinal);

        public TestHost Host { get; private set; } = null!;

        public int DemoClass { get; private set; }

        public int OtherClass { get; private set; }

        public async Task<ConsoleClient> SignedInAsync(string nip)
        {
            if (!_clients.TryGetValue(nip, out var client))
            {
                client = new ConsoleClient(Host.BaseAddress);
                await client.SignInAsync(Host.Services, nip);
                _clients[nip] = client;
            }

            return client;
        }

        public async Task InitializeAsync()
        {
            Host = await TestHost.StartAsync();
            (DemoClass, OtherClass) = await ConsoleStaff.ArrangeAsync(Host.Services);
        }

        public async Task DisposeAsync()
        {
            foreach (var client in _clients.Values)
            {
                client.Dispose();
            }

            await Host.DisposeAsync();
        }
    }
}
