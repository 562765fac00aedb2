using System.Net;
using LatsarBot.Cli;
using LatsarBot.Data;
using LatsarBot.Data.Audit;
using LatsarBot.Testing;
using LatsarBot.Testing.StaffConsole;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Tests.StaffConsole;

/// <summary>
/// Issue 15, items 6 and 8: the class exports match the CLI's byte for byte (CSV) and cell for cell (XLSX), stay inside
/// the signed-in scope, and are recorded; the audit page shows each reader only their institution's entries.
/// </summary>
public sealed class ConsoleExportTests(ConsoleImportTests.Hosted hosted) : IClassFixture<ConsoleImportTests.Hosted>
{
    private const string Cohort = "Angkatan I Tahun 2026";

    [Theory]
    [InlineData("evaluasi1")]
    [InlineData("kehadiran")]
    [InlineData("aktualisasi")]
    public async Task Export_Csv_IsTheCliExportOfTheSameClass(string kind)
    {
        var client = await hosted.SignedInAsync(ConsoleStaff.Organiser);
        var cli = Path.Combine(TestPaths.NewTempFolder(), kind + ".csv");

        var console = await client.GetAsync($"/console/kelas/{hosted.DemoClass}/ekspor/{kind}.csv");
        var exit = await LatsarCli.RunAsync(["export", kind, "--cohort", Cohort, "--class", "Kelas A", "--out", cli, "--database", hosted.Host.Database.ConnectionString]);

        Assert.Equal((HttpStatusCode.OK, 0), (console.StatusCode, exit));
        Assert.Equal("text/csv", console.Content.Headers.ContentType?.MediaType);
        var text = await console.Content.ReadAsStringAsync();
        Assert.Equal(await File.ReadAllTextAsync(cli), text);
        Assert.Contains("Andi Pratama", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_Xlsx_HasTheCliCellsAndTheEvaluasi1Columns()
    {
        var client = await hosted.SignedInAsync(ConsoleStaff.Organiser);
        var cli = Path.Combine(TestPaths.NewTempFolder(), "evaluasi1.xlsx");

        var console = await client.GetAsync($"/console/kelas/{hosted.DemoClass}/ekspor/evaluasi1.xlsx");
        var exit = await LatsarCli.RunAsync(["mooc", "export", "--cohort", Cohort, "--out", cli, "--database", hosted.Host.Database.ConnectionString]);

        Assert.Equal((HttpStatusCode.OK, 0), (console.StatusCode, exit));
        var sheet = RosterWorkbook.Read(await console.Content.ReadAsByteArrayAsync());
        Assert.Equal(RosterWorkbook.Read(await File.ReadAllBytesAsync(cli)), sheet);
        Assert.Equal(["Nip", "Name", "Class", "TrophiesK", "TrophiesS1", "TrophiesS2", "Trophies", "Stars", "AttitudeScore", "PostTestAttempts", "AcademicScore", "Status"], sheet[0]);
        Assert.Contains(sheet, r => r[0] == "199001012022031001" && r[1] == "Andi Pratama");
    }

    [Theory]
    [InlineData(ConsoleStaff.Organiser, "other", HttpStatusCode.Forbidden)]
    [InlineData(ConsoleStaff.OtherOrganiser, "demo", HttpStatusCode.Forbidden)]
    [InlineData(ConsoleStaff.Coach, "demo", HttpStatusCode.Forbidden)]
    [InlineData(ConsoleStaff.OtherOrganiser, "other", HttpStatusCode.OK)]
    [InlineData(ConsoleStaff.LanAdmin, "demo", HttpStatusCode.OK)]
    [InlineData(ConsoleStaff.LanAdmin, "other", HttpStatusCode.OK)]
    public async Task Export_ByRoleAndClassId_OnlyOwnInstitutionOrLanAdmin(string nip, string kelas, HttpStatusCode status)
    {
        var client = await hosted.SignedInAsync(nip);
        var id = kelas == "demo" ? hosted.DemoClass : hosted.OtherClass;

        var response = await client.GetAsync($"/console/kelas/{id}/ekspor/evaluasi1.xlsx");

        Assert.Equal(status, response.StatusCode);
        var body = await response.Content.ReadAsByteArrayAsync();
        var leaked = System.Text.Encoding.UTF8.GetString(body).Contains(kelas == "demo" ? "Andi" : ConsoleStaff.OtherParticipant, StringComparison.Ordinal);
        Assert.False(status == HttpStatusCode.Forbidden && leaked);
    }

    [Fact]
    public async Task Export_RecordsWhoTookWhichExportFromWhere()
    {
        var client = await hosted.SignedInAsync(ConsoleStaff.OtherOrganiser);

        await client.GetAsync($"/console/kelas/{hosted.OtherClass}/ekspor/aktualisasi.xlsx");

        await using var db = NewContext();
        var entry = await db.AuditEntries.SingleAsync(a => a.Action == AuditActions.Export && a.Subject.StartsWith("Kelas B1") && a.Detail!.StartsWith("aktualisasi") && a.Channel == "console");
        var other = await db.Institutions.SingleAsync(i => i.Name == ConsoleStaff.OtherInstitution);
        Assert.Equal(("Made Organiser Lain", other.Id, "aktualisasi xlsx, 1 participants", "127.0.0.1"), (entry.ActorName, entry.InstitutionId, entry.Detail, entry.Address));
    }

    [Fact]
    public async Task AuditPage_Organiser_SeesOwnInstitutionOnly_LanAdminSeesBoth_CoachNone()
    {
        await using (var db = NewContext())
        {
            var demo = await db.Institutions.Where(i => i.Name != ConsoleStaff.OtherInstitution && i.Name != "LAN RI").Select(i => i.Id).FirstAsync();
            var other = await db.Institutions.Where(i => i.Name == ConsoleStaff.OtherInstitution).Select(i => i.Id).FirstAsync();
            var at = new DateTimeOffset(2026, 11, 30, 3, 0, 0, TimeSpan.Zero);
            AuditLog.Record(db, at, AuditActor.Cli, AuditActions.CalendarSet, "Subjek demo", null, AuditOrigin.Cli, demo);
            AuditLog.Record(db, at, AuditActor.Cli, AuditActions.CalendarSet, "Subjek lain", null, AuditOrigin.Cli, other);
            await db.SaveChangesAsync();
        }

        var rina = await (await (await hosted.SignedInAsync(ConsoleStaff.Organiser)).GetAsync("/console/audit?aksi=calendar.set")).Content.ReadAsStringAsync();
        var rinaCsv = await (await (await hosted.SignedInAsync(ConsoleStaff.Organiser)).GetAsync("/console/audit.csv?dari=2026-11-30&sampai=2026-11-30")).Content.ReadAsStringAsync();
        var lan = await (await (await hosted.SignedInAsync(ConsoleStaff.LanAdmin)).GetAsync("/console/audit?aksi=calendar.set")).Content.ReadAsStringAsync();
        var coach = await (await hosted.SignedInAsync(ConsoleStaff.Coach)).GetAsync("/console/audit");

        Assert.Contains("Subjek demo", rina, StringComparison.Ordinal);
        Assert.DoesNotContain("Subjek lain", rina, StringComparison.Ordinal);
        Assert.Equal(2, rinaCsv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("2026-11-30 03:00 UTC,CLI", rinaCsv, StringComparison.Ordinal);
        Assert.Contains("Subjek demo", lan, StringComparison.Ordinal);
        Assert.Contains("Subjek lain", lan, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, coach.StatusCode);
    }

    [Fact]
    public async Task AuditPage_DateNotIso_400()
    {
        var client = await hosted.SignedInAsync(ConsoleStaff.Organiser);

        var response = await client.GetAsync("/console/audit?dari=30-11-2026");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private LatsarDb NewContext() => hosted.Host.Services.CreateScope().ServiceProvider.GetRequiredService<LatsarDb>();
}
