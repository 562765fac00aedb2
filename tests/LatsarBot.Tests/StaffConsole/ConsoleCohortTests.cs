using System.Net;
using System.Text.RegularExpressions;
using LatsarBot.Core.Participants;
using LatsarBot.Core.Schedule;
using LatsarBot.Data;
using LatsarBot.Testing;
using LatsarBot.Testing.StaffConsole;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Tests.StaffConsole;

/// <summary>Issue 15, item 3 (not the import), over real HTTP: cohorts, classes, the phase calendar, class staff and enrolment codes.</summary>
public sealed partial class ConsoleCohortTests
{
    [Fact]
    public async Task Cohort_CreatedRenamedWithAClass_DuplicateNamesRefusedInBothLanguages()
    {
        await using var host = await TestHost.StartAsync();
        await ConsoleStaff.ArrangeAsync(host.Services);
        using var rina = await SignedInAsync(host, ConsoleStaff.Organiser);

        var created = await rina.SubmitAsync("/console/angkatan", "/console/angkatan", ("name", "  Angkatan   II Tahun 2027 "));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var cohortPage = created.Headers.Location!.ToString();
        var cohort = await QueryAsync(host, db => db.Cohorts.Include(c => c.Institution).SingleAsync(c => c.Name == "Angkatan II Tahun 2027"));
        Assert.Equal("BPSDM Demo LatsarBot", cohort.Institution!.Name);
        Assert.Equal($"/console/angkatan/{cohort.Id}", cohortPage);

        var duplicate = await rina.SubmitAsync("/console/angkatan", "/console/angkatan", ("name", "Angkatan I Tahun 2026"));
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        var problem = await duplicate.Content.ReadAsStringAsync();
        Assert.Contains("sudah dipakai", problem, StringComparison.Ordinal);
        Assert.Contains("is taken already", problem, StringComparison.Ordinal);

        var kelas = await rina.SubmitAsync(cohortPage, cohortPage + "/kelas", ("name", "Kelas C"));
        Assert.Equal(HttpStatusCode.Redirect, kelas.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await rina.SubmitAsync(cohortPage, cohortPage + "/kelas", ("name", "Kelas C"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await rina.SubmitAsync(cohortPage, cohortPage + "/kelas", ("name", "   "))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await rina.SubmitAsync(cohortPage, cohortPage + "/nama", ("name", "Angkatan II 2027"))).StatusCode);

        var page = await (await rina.GetAsync(cohortPage)).Content.ReadAsStringAsync();
        Assert.Contains("Angkatan II 2027", page, StringComparison.Ordinal);
        Assert.Contains("Kelas C", page, StringComparison.Ordinal);
        Assert.Equal(1, await QueryAsync(host, db => db.Classes.CountAsync(c => c.CohortId == cohort.Id)));
    }

    [Fact]
    public async Task Cohort_ForAnotherInstitution_RefusedAndNothingWritten()
    {
        await using var host = await TestHost.StartAsync();
        await ConsoleStaff.ArrangeAsync(host.Services);
        var otherInstitution = await QueryAsync(host, db => db.Institutions.Where(i => i.Name == ConsoleStaff.OtherInstitution).Select(i => i.Id).SingleAsync());
        var otherCohort = await QueryAsync(host, db => db.Cohorts.Where(c => c.InstitutionId == otherInstitution).Select(c => c.Id).SingleAsync());
        using var rina = await SignedInAsync(host, ConsoleStaff.Organiser);

        var create = await rina.SubmitAsync("/console/angkatan", "/console/angkatan", ("name", "Angkatan Selundupan"), ("institutionId", otherInstitution.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var addClass = await rina.SubmitAsync("/console/angkatan", $"/console/angkatan/{otherCohort}/kelas", ("name", "Kelas Selundupan"));
        var rename = await rina.SubmitAsync("/console/angkatan", $"/console/angkatan/{otherCohort}/nama", ("name", "Diganti"));

        Assert.Equal(HttpStatusCode.BadRequest, create.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, addClass.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, rename.StatusCode);
        Assert.False(await QueryAsync(host, db => db.Cohorts.AnyAsync(c => c.Name == "Angkatan Selundupan" || c.Name == "Diganti")));
        Assert.False(await QueryAsync(host, db => db.Classes.AnyAsync(c => c.Name == "Kelas Selundupan")));
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryOrByACoach_RefusedAndNothingWritten()
    {
        await using var host = await TestHost.StartAsync();
        await ConsoleStaff.ArrangeAsync(host.Services);
        using var rina = await SignedInAsync(host, ConsoleStaff.Organiser);
        using var budi = await SignedInAsync(host, ConsoleStaff.Coach);

        var forged = await rina.PostAsync("/console/angkatan", [new("name", "Tanpa Token")]);
        var byCoach = await budi.SubmitAsync("/console", "/console/angkatan", ("name", "Oleh Coach"));
        var codesByCoach = await budi.SubmitAsync("/console", $"/console/kelas/{await DemoClassAsync(host)}/kode", ("p", "1"));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byCoach.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, codesByCoach.StatusCode);
        Assert.False(await QueryAsync(host, db => db.Cohorts.AnyAsync(c => c.Name == "Tanpa Token" || c.Name == "Oleh Coach")));
    }

    [Fact]
    public async Task PhaseCalendar_ValidDatesSaved_ShortActualizationRefusedWithTheRule()
    {
        await using var host = await TestHost.StartAsync();
        await ConsoleStaff.ArrangeAsync(host.Services);
        var cohortId = await QueryAsync(host, db => db.Cohorts.Where(c => c.Name == "Angkatan I Tahun 2026").Select(c => c.Id).SingleAsync());
        var page = $"/console/angkatan/{cohortId}";
        using var rina = await SignedInAsync(host, ConsoleStaff.Organiser);

        var bad = await rina.SubmitAsync(page, page + "/jadwal", ("mooc_from", "2027-01-04"), ("mooc_to", "2027-01-31"), ("actualization_from", "2027-02-08"), ("actualization_to", "2027-02-17"));

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("actualization must last 30 days", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await QueryAsync(host, db => db.PhaseDates.AnyAsync(p => p.CohortId == cohortId)));

        var good = await rina.SubmitAsync(page, page + "/jadwal", ("mooc_from", "2027-01-04"), ("mooc_to", "2027-01-31"), ("actualization_from", "2027-02-08"), ("actualization_to", "2027-03-09"));

        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var rows = (await QueryAsync(host, db => db.PhaseDates.Where(p => p.CohortId == cohortId && p.ClassId == null).ToListAsync())).OrderBy(p => p.Phase).ToList();
        Assert.Equal([Phase.Mooc, Phase.Actualization], rows.Select(r => r.Phase));
        Assert.Equal(new DateOnly(2027, 3, 9), rows[1].To);
        Assert.Contains("value=\"2027-03-09\"", await (await rina.GetAsync(page)).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var unreadable = await rina.SubmitAsync(page, page + "/jadwal", ("mooc_from", "4 Januari"), ("mooc_to", "2027-01-31"));
        Assert.Equal(HttpStatusCode.BadRequest, unreadable.StatusCode);
        Assert.Contains("fill in both dates", await unreadable.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // A class's own MOOC dates override the cohort's for that class only; they must still keep the phases in order.
        var classId = await DemoClassAsync(host);
        var classPage = $"/console/kelas/{classId}/atur";
        var clash = await rina.SubmitAsync(classPage, classPage + "/jadwal", ("mooc_from", "2027-01-11"), ("mooc_to", "2027-02-10"));
        Assert.Equal(HttpStatusCode.BadRequest, clash.StatusCode);
        Assert.Contains("must end before actualization starts", await clash.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var own = await rina.SubmitAsync(classPage, classPage + "/jadwal", ("mooc_from", "2027-01-11"), ("mooc_to", "2027-02-05"));
        Assert.Equal(HttpStatusCode.Redirect, own.StatusCode);
        var classRow = await QueryAsync(host, db => db.PhaseDates.SingleAsync(p => p.ClassId == classId));
        Assert.Equal((Phase.Mooc, new DateOnly(2027, 2, 5)), (classRow.Phase, classRow.To));
        Assert.Equal(new DateOnly(2027, 1, 31), (await QueryAsync(host, db => db.PhaseDates.SingleAsync(p => p.ClassId == null && p.Phase == Phase.Mooc))).To);
    }

    [Fact]
    public async Task ClassStaff_OwnStaffAppointed_AnotherInstitutionsStaffRefusedUnnamed_ThenTheExaminerSeesTheClass()
    {
        await using var host = await TestHost.StartAsync();
        await ConsoleStaff.ArrangeAsync(host.Services);
        var classId = await DemoClassAsync(host);
        var agus = await QueryAsync(host, db => db.Staff.Where(s => s.Nip == Nip.FromTrusted(ConsoleStaff.FacilitatorWithNoClass)).Select(s => s.Id).SingleAsync());
        var otherCoach = await QueryAsync(host, db => db.Staff.Where(s => s.Nip == Nip.FromTrusted(ConsoleStaff.OtherCoach)).Select(s => s.Id).SingleAsync());
        var page = $"/console/kelas/{classId}/atur";
        using var rina = await SignedInAsync(host, ConsoleStaff.Organiser);
        using var agusClient = await SignedInAsync(host, ConsoleStaff.FacilitatorWithNoClass);
        Assert.Equal(HttpStatusCode.Forbidden, (await agusClient.GetAsync($"/console/kelas/{classId}")).StatusCode);

        var foreign = await rina.SubmitAsync(page, page + "/staf", ("staffId", Id(otherCoach)), ("role", "Coach"));
        var badRole = await rina.SubmitAsync(page, page + "/staf", ("staffId", Id(agus)), ("role", "Organiser"));
        var appointed = await rina.SubmitAsync(page, page + "/staf", ("staffId", Id(agus)), ("role", "Facilitator"));
        var twice = await rina.SubmitAsync(page, page + "/staf", ("staffId", Id(agus)), ("role", "Facilitator"));

        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.DoesNotContain(ConsoleStaff.OtherCoachName, await foreign.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badRole.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, appointed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Equal(1, await QueryAsync(host, db => db.ClassStaff.CountAsync(s => s.ClassId == classId && s.StaffId == agus)));

        // The scope is read from the database on every request: the appointment opens the class at once.
        var table = await agusClient.GetAsync($"/console/kelas/{classId}");
        Assert.Equal(HttpStatusCode.OK, table.StatusCode);
        Assert.Contains("Andi Pratama", await table.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var assignment = await QueryAsync(host, db => db.ClassStaff.Where(s => s.ClassId == classId && s.StaffId == agus).Select(s => s.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await rina.SubmitAsync(page, page + "/staf/hapus", ("assignmentId", Id(assignment)))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agusClient.GetAsync($"/console/kelas/{classId}")).StatusCode);
    }

    [Fact]
    public async Task EnrolmentCodes_IssuedOnTheSheetOnce_ReissueReplaces_RevokeWithdraws_ForeignIdsIgnored()
    {
        await using var host = await TestHost.StartAsync();
        await ConsoleStaff.ArrangeAsync(host.Services);
        var classId = await DemoClassAsync(host);
        var siti = await QueryAsync(host, db => db.Participants.SingleAsync(p => p.Name == "Siti Rahmawati"));
        var other = await QueryAsync(host, db => db.Participants.SingleAsync(p => p.Name == ConsoleStaff.OtherParticipant));
        var page = $"/console/kelas/{classId}/kode";
        using var rina = await SignedInAsync(host, ConsoleStaff.Organiser);

        var sheet = await rina.SubmitAsync(page, page, ("p", Id(siti.Id)), ("p", Id(other.Id)));

        Assert.Equal(HttpStatusCode.OK, sheet.StatusCode);
        var html = await sheet.Content.ReadAsStringAsync();
        Assert.DoesNotContain(ConsoleStaff.OtherParticipant, html, StringComparison.Ordinal);
        var code = Assert.Single(CodeOnSheet().Matches(html)).Groups[1].Value;
        Assert.Contains("Siti Rahmawati", html, StringComparison.Ordinal);
        var stored = await QueryAsync(host, db => db.Participants.SingleAsync(p => p.Id == siti.Id));
        Assert.True(host.Services.GetRequiredService<CodeHasher>().EnrolmentMatches(stored.EnrolmentCodeHash, siti.Nip!.Value.Value, code));
        Assert.Equal(other.EnrolmentCodeHash, (await QueryAsync(host, db => db.Participants.SingleAsync(p => p.Id == other.Id))).EnrolmentCodeHash);
        Assert.DoesNotContain(code, await (await rina.GetAsync(page)).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var again = CodeOnSheet().Match(await (await rina.SubmitAsync(page, page, ("p", Id(siti.Id)))).Content.ReadAsStringAsync()).Groups[1].Value;
        var reissued = await QueryAsync(host, db => db.Participants.SingleAsync(p => p.Id == siti.Id));
        Assert.True(host.Services.GetRequiredService<CodeHasher>().EnrolmentMatches(reissued.EnrolmentCodeHash, siti.Nip!.Value.Value, again));
        Assert.True(again == code || !host.Services.GetRequiredService<CodeHasher>().EnrolmentMatches(reissued.EnrolmentCodeHash, siti.Nip!.Value.Value, code));

        Assert.Equal(HttpStatusCode.Redirect, (await rina.SubmitAsync(page, page + "/cabut", ("p", Id(siti.Id)))).StatusCode);
        Assert.Null((await QueryAsync(host, db => db.Participants.SingleAsync(p => p.Id == siti.Id))).EnrolmentCodeHash);
        Assert.Equal(HttpStatusCode.BadRequest, (await rina.SubmitAsync(page, page, ("p", Id(other.Id)))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await rina.SubmitAsync(page, page, ("p", "satu"))).StatusCode);
    }

    private static async Task<ConsoleClient> SignedInAsync(TestHost host, string nip)
    {
        var client = new ConsoleClient(host.BaseAddress);
        await client.SignInAsync(host.Services, nip);
        return client;
    }

    private static Task<int> DemoClassAsync(TestHost host) =>
        QueryAsync(host, db => db.Classes.Where(c => c.Name == "Kelas A").Select(c => c.Id).SingleAsync());

    private static async Task<T> QueryAsync<T>(TestHost host, Func<LatsarDb, Task<T>> query)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<LatsarDb>());
    }

    private static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("<strong>([0-9]{6})</strong>")]
    private static partial Regex CodeOnSheet();
}
