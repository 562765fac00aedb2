using System.Net;
using System.Text.RegularExpressions;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Data.Audit;
using LatsarBot.Testing;
using LatsarBot.Testing.StaffConsole;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Tests.StaffConsole;

/// <summary>
/// Issue 15, item 8, over real HTTP: every data-changing console action leaves its entry (actor, action, subject,
/// detail, address) in the AuditEntries table and on the audit page, and an enrolment code never appears there in clear.
/// </summary>
public sealed partial class ConsoleAuditTrailTests
{
    public static TheoryData<string, string, string?> Actions => new()
    {
        { AuditActions.CohortCreate, "Angkatan Audit 2027", null },
        { AuditActions.CohortRename, "Angkatan I 2026", "Angkatan I Tahun 2026 → Angkatan I 2026" },
        { AuditActions.ClassCreate, "Kelas Audit · Angkatan I Tahun 2026", null },
        { AuditActions.ClassRename, "Kelas A2 · Angkatan I Tahun 2026", "Kelas A → Kelas A2" },
        { AuditActions.ClassStaffAppoint, "(NIP …1002) · Kelas A · Angkatan I Tahun 2026", "Facilitator" },
        { AuditActions.ClassStaffRemove, "(NIP …1002) · Kelas A · Angkatan I Tahun 2026", "Facilitator" },
        { AuditActions.CodeIssue, "Kelas A · Angkatan I Tahun 2026", "1 codes issued: Siti Rahmawati (NIP …" },
        { AuditActions.CodeRevoke, "Kelas A · Angkatan I Tahun 2026", "1 codes revoked: Siti Rahmawati (NIP …" },
        { AuditActions.CalendarSet, "Angkatan I Tahun 2026", "mooc 2027-01-04..2027-01-31" },
        { AuditActions.AnnouncementCreate, "announcement ", "scheduled " },
        { AuditActions.AnnouncementCancel, "announcement ", "unsent messages withdrawn" },
    };

    [Theory, MemberData(nameof(Actions))]
    public async Task ConsoleAction_IsOnTheAuditLog_WithActorSubjectDetailAndAddress(string action, string subject, string? detail)
    {
        await using var host = await TestHost.StartAsync();
        var (classId, _) = await ConsoleStaff.ArrangeAsync(host.Services);
        using var rina = await SignedInAsync(host, ConsoleStaff.Organiser);
        var rinaName = await QueryAsync(host, db => db.Staff.Where(s => s.Nip == Nip.FromTrusted(ConsoleStaff.Organiser)).Select(s => s.Name).SingleAsync());
        var institution = await QueryAsync(host, db => db.Classes.Where(c => c.Id == classId).Select(c => c.Cohort!.InstitutionId).SingleAsync());

        await PerformAsync(host, rina, classId, action);

        var entries = await QueryAsync(host, db => db.AuditEntries.Where(a => a.Action == action).ToListAsync());
        var entry = Assert.Single(entries);
        Assert.Equal((rinaName, nameof(Role.Organiser), institution, "console", "127.0.0.1"), (entry.ActorName, entry.ActorRole, entry.InstitutionId, entry.Channel, entry.Address));
        Assert.Contains(subject, entry.Subject, StringComparison.Ordinal);
        if (detail is null)
        {
            Assert.Null(entry.Detail);
        }
        else
        {
            Assert.Contains(detail, entry.Detail, StringComparison.Ordinal);
        }

        var page = WebUtility.HtmlDecode(await (await rina.GetAsync("/console/audit?aksi=" + Uri.EscapeDataString(action))).Content.ReadAsStringAsync());
        Assert.Contains(entry.Subject, page, StringComparison.Ordinal);
        Assert.Contains(rinaName, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnrolmentCodes_IssuedAndReissued_NeverInClearOnTheAuditLog()
    {
        await using var host = await TestHost.StartAsync();
        var (classId, _) = await ConsoleStaff.ArrangeAsync(host.Services);
        using var rina = await SignedInAsync(host, ConsoleStaff.Organiser);
        var people = await QueryAsync(host, db => db.Participants.Where(p => p.ClassId == classId && p.Nip != null).Select(p => p.Id).ToListAsync());
        var page = $"/console/kelas/{classId}/kode";
        var codes = new List<string>();
        for (var round = 0; round < 2; round++)
        {
            var sheet = await rina.SubmitAsync(page, page, people.Select(id => ("p", Id(id))).ToArray());
            codes.AddRange(CodeOnSheet().Matches(await sheet.Content.ReadAsStringAsync()).Select(m => m.Groups[1].Value));
        }

        Assert.Equal(2 * people.Count, codes.Count);
        var entries = await QueryAsync(host, db => db.AuditEntries.Where(a => a.Action == AuditActions.CodeIssue).ToListAsync());
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.StartsWith($"{people.Count} codes issued", e.Detail, StringComparison.Ordinal));
        var stored = string.Join("\n", entries.Select(e => e.Subject + " " + e.Detail));
        var html = await (await rina.GetAsync("/console/audit")).Content.ReadAsStringAsync();
        var csv = await (await rina.GetAsync("/console/audit.csv")).Content.ReadAsStringAsync();
        Assert.All(codes, code =>
        {
            Assert.DoesNotContain(code, stored, StringComparison.Ordinal);
            Assert.DoesNotContain(code, html, StringComparison.Ordinal);
            Assert.DoesNotContain(code, csv, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task RefusedChange_LeavesNoEntry()
    {
        await using var host = await TestHost.StartAsync();
        await ConsoleStaff.ArrangeAsync(host.Services);
        using var rina = await SignedInAsync(host, ConsoleStaff.Organiser);

        var duplicate = await rina.SubmitAsync("/console/angkatan", "/console/angkatan", ("name", "Angkatan I Tahun 2026"));

        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.False(await QueryAsync(host, db => db.AuditEntries.AnyAsync()));
    }

    private static async Task PerformAsync(TestHost host, ConsoleClient rina, int classId, string action)
    {
        var cohortId = await QueryAsync(host, db => db.Classes.Where(c => c.Id == classId).Select(c => c.CohortId).SingleAsync());
        var cohortPage = $"/console/angkatan/{Id(cohortId)}";
        var classPage = $"/console/kelas/{Id(classId)}/atur";
        var codePage = $"/console/kelas/{Id(classId)}/kode";
        var agus = await QueryAsync(host, db => db.Staff.Where(s => s.Nip == Nip.FromTrusted(ConsoleStaff.FacilitatorWithNoClass)).Select(s => s.Id).SingleAsync());
        var siti = await QueryAsync(host, db => db.Participants.Where(p => p.Name == "Siti Rahmawati").Select(p => p.Id).SingleAsync());
        async Task Ok(string from, string to, params (string, string)[] fields) =>
            Assert.Equal(HttpStatusCode.Redirect, (await rina.SubmitAsync(from, to, fields)).StatusCode);

        switch (action)
        {
            case AuditActions.CohortCreate:
                await Ok("/console/angkatan", "/console/angkatan", ("name", "Angkatan Audit 2027"));
                break;
            case AuditActions.CohortRename:
                await Ok(cohortPage, cohortPage + "/nama", ("name", "Angkatan I 2026"));
                // Saved again unchanged: nothing changed, so no second entry.
                await Ok(cohortPage, cohortPage + "/nama", ("name", "Angkatan I 2026"));
                break;
            case AuditActions.ClassCreate:
                await Ok(cohortPage, cohortPage + "/kelas", ("name", "Kelas Audit"));
                break;
            case AuditActions.ClassRename:
                await Ok(classPage, classPage + "/nama", ("name", "Kelas A2"));
                break;
            case AuditActions.ClassStaffAppoint:
                await Ok(classPage, classPage + "/staf", ("staffId", Id(agus)), ("role", "Facilitator"));
                break;
            case AuditActions.ClassStaffRemove:
                await Ok(classPage, classPage + "/staf", ("staffId", Id(agus)), ("role", "Facilitator"));
                var assignment = await QueryAsync(host, db => db.ClassStaff.Where(s => s.StaffId == agus).Select(s => s.Id).SingleAsync());
                await Ok(classPage, classPage + "/staf/hapus", ("assignmentId", Id(assignment)));
                break;
            case AuditActions.CodeIssue:
                Assert.Equal(HttpStatusCode.OK, (await rina.SubmitAsync(codePage, codePage, ("p", Id(siti)))).StatusCode);
                break;
            case AuditActions.CodeRevoke:
                Assert.Equal(HttpStatusCode.OK, (await rina.SubmitAsync(codePage, codePage, ("p", Id(siti)))).StatusCode);
                await Ok(codePage, codePage + "/cabut", ("p", Id(siti)));
                break;
            case AuditActions.CalendarSet:
                await Ok(cohortPage, cohortPage + "/jadwal", ("mooc_from", "2027-01-04"), ("mooc_to", "2027-01-31"), ("actualization_from", "2027-02-08"), ("actualization_to", "2027-03-09"));
                break;
            case AuditActions.AnnouncementCreate:
            case AuditActions.AnnouncementCancel:
                var tomorrow = DateTimeOffset.UtcNow.AddDays(2).ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-ddT08:00", System.Globalization.CultureInfo.InvariantCulture);
                await Ok("/console/pengumuman", "/console/pengumuman", ("audience", $"k:{Id(classId)}"), ("text", "Besok apel pagi pukul 07.00."), ("when", tomorrow));
                if (action == AuditActions.AnnouncementCancel)
                {
                    var id = await QueryAsync(host, db => db.Announcements.Select(a => a.Id).SingleAsync());
                    await Ok($"/console/pengumuman/{Id(id)}", $"/console/pengumuman/{Id(id)}/batal");
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(action), action, "no console step for it");
        }
    }

    private static async Task<ConsoleClient> SignedInAsync(TestHost host, string nip)
    {
        var client = new ConsoleClient(host.BaseAddress);
        await client.SignInAsync(host.Services, nip);
        return client;
    }

    private static async Task<T> QueryAsync<T>(TestHost host, Func<LatsarDb, Task<T>> query)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<LatsarDb>());
    }

    private static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("<strong>([0-9]{6})</strong>")]
    private static partial Regex CodeOnSheet();
}
