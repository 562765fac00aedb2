using LatsarBot.Core.Participants;
using LatsarBot.Roster;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;
using static LatsarBot.Tests.Roster.RosterBuilders;

namespace LatsarBot.Tests.Roster;

/// <summary>
/// The import against a real SQLite file of the test's own, one DbContext per import as in the command.
/// Upserts and rejections here; enrolment codes in RosterImporterTests.Codes.cs.
/// </summary>
public sealed partial class RosterImporterTests
{
    [Fact]
    public async Task ImportAsync_NewRoster_CreatesInstitutionCohortClassesAndPeople()
    {
        await using var database = await MigratedAsync();
        var csv = Csv(
            Header,
            Row(Andi, "Andi Pratama", kelas: "Kelas A", phone: "0812-1111-2222", ndh: "1"),
            Row(Siti, "Siti Rahmawati", kelas: "Kelas B", zone: "WITA", language: "en", email: "siti@uji.go.id"),
            Row(Budi, "Dr. Budi Santoso", cohort: "", kelas: "", role: "pembimbing"));

        var result = await ImportAsync(database, csv, Options(codesOut: CodesPath(), contact: "Panitia, 0812 0000 0000"));

        Assert.Equal((3, 0, 0), (result.Created, result.Updated, result.Rejected));
        Assert.True(result.Committed);
        Assert.Equal([new RosterNewGroup("Angkatan I", null), new RosterNewGroup("Angkatan I", "Kelas A"), new RosterNewGroup("Angkatan I", "Kelas B")], result.NewGroups);
        await using var db = database.NewContext();
        var institution = await db.Institutions.SingleAsync();
        Assert.Equal((InstitutionName, "Panitia, 0812 0000 0000"), (institution.Name, institution.ContactName));
        var cohort = await db.Cohorts.Include(c => c.Classes).SingleAsync();
        Assert.Equal(["Kelas A", "Kelas B"], cohort.Classes.Select(c => c.Name).Order());
        var andi = await db.Participants.Include(p => p.Class).SingleAsync(p => p.Nip == Nip.FromTrusted(Andi));
        Assert.Equal(("Kelas A", "6281211112222", 1, "Pemerintah Kota Uji", TimeZoneCode.Wib, Language.Id), (andi.Class!.Name, andi.Phone, andi.Ndh, andi.Agency, andi.TimeZone, andi.Language));
        var siti = await db.Participants.SingleAsync(p => p.Nip == Nip.FromTrusted(Siti));
        Assert.Equal((TimeZoneCode.Wita, Language.En, "siti@uji.go.id"), (siti.TimeZone, siti.Language, siti.Email));
        var budi = await db.Staff.SingleAsync();
        Assert.Equal((Budi, Role.Coach, institution.Id), (budi.Nip?.Value, budi.StaffRole, budi.InstitutionId));
    }

    [Fact]
    public async Task ImportAsync_SameNipsAgain_UpdatesInPlaceWithoutDuplicates()
    {
        await using var database = await MigratedAsync();
        await ImportAsync(database, Csv(Header, Row(Andi, "Andi Pratama"), Row(Siti, "Siti Rahmawati")), Options(codesOut: CodesPath()));

        var result = await ImportAsync(database, Csv(Header, Row(Andi, "Andi Pratama S.Kom.", kelas: "kelas b"), Row(Siti, "Siti Rahmawati")), Options());

        Assert.Equal([RosterRowStatus.Updated, RosterRowStatus.Unchanged], result.Rows.Select(r => r.Status));
        Assert.Equal([new RosterNewGroup("Angkatan I", "kelas b")], result.NewGroups);
        await using var db = database.NewContext();
        Assert.Equal(2, await db.People.CountAsync());
        Assert.Equal(1, await db.Institutions.CountAsync());
        Assert.Equal(1, await db.Cohorts.CountAsync());
        var andi = await db.Participants.Include(p => p.Class).SingleAsync(p => p.Nip == Nip.FromTrusted(Andi));
        Assert.Equal(("Andi Pratama S.Kom.", "kelas b"), (andi.Name, andi.Class!.Name));
    }

    [Fact]
    public async Task ImportAsync_OnlyTheClassChanged_MovesTheParticipantAndCountsAnUpdate()
    {
        await using var database = await MigratedAsync();
        await ImportAsync(database, Csv(Header, Row(Andi, kelas: "Kelas A")), Options(codesOut: CodesPath()));

        var result = await ImportAsync(database, Csv(Header, Row(Andi, kelas: "Kelas B")), Options());

        Assert.Equal(RosterRowStatus.Updated, Assert.Single(result.Rows).Status);
        await using var db = database.NewContext();
        Assert.Equal("Kelas B", (await db.Participants.Include(p => p.Class).SingleAsync()).Class!.Name);
    }

    [Fact]
    public async Task ImportAsync_ClassNamedInAnotherCase_ReusesTheClass()
    {
        await using var database = await MigratedAsync();

        var result = await ImportAsync(database, Csv(Header, Row(Andi, cohort: "Angkatan I", kelas: "Kelas A"), Row(Siti, cohort: "ANGKATAN I", kelas: "kelas a")), Options(codesOut: CodesPath()));

        Assert.Equal(2, result.Created);
        await using var db = database.NewContext();
        Assert.Equal(1, await db.Classes.CountAsync());
    }

    [Fact]
    public async Task ImportAsync_BlankOptionalCells_KeepWhatThePersonSetInTheBot()
    {
        await using var database = await MigratedAsync();
        await ImportAsync(database, Csv(Header, Row(Andi, phone: "081211112222", ndh: "4")), Options(codesOut: CodesPath()));
        await SetAsync(database, Andi, p => (p.TimeZone, p.Language) = (TimeZoneCode.Wit, Language.En));

        var result = await ImportAsync(database, Csv(Header, Row(Andi, agency: "")), Options());

        Assert.Equal(RosterRowStatus.Unchanged, Assert.Single(result.Rows).Status);
        await using var db = database.NewContext();
        var andi = await db.Participants.SingleAsync();
        Assert.Equal((TimeZoneCode.Wit, Language.En, "6281211112222", 4, "Pemerintah Kota Uji"), (andi.TimeZone, andi.Language, andi.Phone, andi.Ndh, andi.Agency));
    }

    [Fact]
    public async Task ImportAsync_SomeRowsInvalid_ImportsTheRestAndReportsEachRejectionByLine()
    {
        await using var database = await MigratedAsync();
        var csv = Csv(Header, Row(Andi), Row("199002302022031001"), Row(Siti, "Si"), Row(Wayan, kelas: ""), Row(Andi, "Andi lagi"));

        var result = await ImportAsync(database, csv, Options(codesOut: CodesPath()));

        Assert.Equal(
            [(2, RosterRowStatus.Created, ""), (3, RosterRowStatus.Rejected, RosterRules.NipBirthDate), (4, RosterRowStatus.Rejected, RosterRules.NameLength),
             (5, RosterRowStatus.Rejected, RosterRules.ClassRequired), (6, RosterRowStatus.Rejected, RosterRules.NipDuplicate)],
            result.Rows.Select(r => (r.Line, r.Status, string.Join(",", r.Reasons.Select(x => x.Rule)))));
        Assert.Equal(RosterReport.ExitSomeRejected, RosterReport.ExitCode(result));
        await using var db = database.NewContext();
        Assert.Equal([Nip.FromTrusted(Andi)], await db.People.Select(p => p.Nip).ToListAsync());
    }

    [Fact]
    public async Task ImportAsync_AllOrNothingWithARejectedRow_WritesNothing()
    {
        await using var database = await MigratedAsync();
        var codes = CodesPath();

        var result = await ImportAsync(database, Csv(Header, Row(Andi), Row(Siti, "Si")), Options(codesOut: codes, allOrNothing: true));

        Assert.True(result.RefusedAsIncomplete);
        Assert.Equal(1, result.Rejected);
        Assert.False(File.Exists(codes));
        await using var db = database.NewContext();
        Assert.False(await db.Institutions.AnyAsync());
        Assert.False(await db.People.AnyAsync());
    }

    [Fact]
    public async Task ImportAsync_DryRun_ReportsThePlanAndWritesNothing()
    {
        await using var database = await MigratedAsync();
        var codes = CodesPath();

        var result = await ImportAsync(database, Csv(Header, Row(Andi), Row(Siti, role: "penguji", cohort: "", kelas: "")), Options(codesOut: codes, dryRun: true));

        Assert.Equal((2, 2, false), (result.Created, result.CodesIssued, result.Committed));
        Assert.Equal(RosterReport.ExitImported, RosterReport.ExitCode(result));
        Assert.False(File.Exists(codes));
        await using var db = database.NewContext();
        Assert.False(await db.Institutions.AnyAsync());
        Assert.False(await db.Cohorts.AnyAsync());
        Assert.False(await db.People.AnyAsync());
    }

    [Fact]
    public async Task ImportAsync_SemicolonFileWithBomAndIndonesianHeaders_Imports()
    {
        await using var database = await MigratedAsync();
        var csv = Csv("NIP;Nama;Instansi;No. HP;Zona Waktu;Bahasa;Angkatan;Kelas;NDH;Peran", $"{Andi};Andi Pratama, S.Kom.;Kota Uji;0812 1111 2222;WITA;en;Angkatan I;Kelas A;9;peserta");

        var result = await ImportAsync(database, csv, Options(codesOut: CodesPath()), bom: true);

        Assert.Equal(1, result.Created);
        await using var db = database.NewContext();
        var andi = await db.Participants.Include(p => p.Class).SingleAsync();
        Assert.Equal(("Andi Pratama, S.Kom.", "Kota Uji", "6281211112222", TimeZoneCode.Wita, Language.En, "Kelas A", 9),
            (andi.Name, andi.Agency, andi.Phone, andi.TimeZone, andi.Language, andi.Class!.Name, andi.Ndh));
    }

    [Fact]
    public async Task ImportAsync_NipOnAnotherInstitutionsRoster_RejectsTheRow()
    {
        await using var database = await MigratedAsync();
        await ImportAsync(database, Csv(Header, Row(Andi)), Options(codesOut: CodesPath(), institution: "BPSDM Lain"));

        var result = await ImportAsync(database, Csv(Header, Row(Andi, "Andi Pindahan")), Options());

        var row = Assert.Single(result.Rows);
        Assert.Equal([RosterRules.NipOtherInstitution], row.Reasons.Select(r => r.Rule));
        Assert.Contains("BPSDM Lain", row.Reasons[0].Message, StringComparison.Ordinal);
        await using var db = database.NewContext();
        Assert.Equal("Andi Pratama", (await db.People.SingleAsync()).Name);
    }

    [Fact]
    public async Task ImportAsync_ParticipantListedAsCoach_RejectsTheRoleChange()
    {
        await using var database = await MigratedAsync();
        await ImportAsync(database, Csv(Header, Row(Andi)), Options(codesOut: CodesPath()));

        var result = await ImportAsync(database, Csv(Header, Row(Andi, role: "coach")), Options());

        Assert.Equal([RosterRules.RoleChange], Assert.Single(result.Rows).Reasons.Select(r => r.Rule));
        await using var db = database.NewContext();
        Assert.IsType<Participant>(await db.People.SingleAsync());
    }

    [Fact]
    public async Task ImportAsync_StaffRoleChanged_UpdatesTheRole()
    {
        await using var database = await MigratedAsync();
        await ImportAsync(database, Csv(Header, Row(Budi, role: "coach")), Options(codesOut: CodesPath()));

        var result = await ImportAsync(database, Csv(Header, Row(Budi, role: "penguji")), Options());

        Assert.Equal(1, result.Updated);
        await using var db = database.NewContext();
        Assert.Equal(Role.Examiner, (await db.Staff.SingleAsync()).StaffRole);
    }

    [Fact]
    public async Task ImportAsync_MalformedCsv_FailsNamingTheLineAndWritesNothing()
    {
        await using var database = await MigratedAsync();

        var result = await ImportAsync(database, Csv("nip,name", $"{Andi},Andi", $"{Siti},Siti \"Sri\" Rahayu"), Options(codesOut: CodesPath()));

        Assert.StartsWith("line 3: ", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Rows);
        await using var db = database.NewContext();
        Assert.False(await db.Institutions.AnyAsync());
    }

    private static async Task<TestDatabase> MigratedAsync()
    {
        var database = TestDatabase.Sqlite();
        await database.MigrateAsync();
        return database;
    }

    private static async Task<RosterImportResult> ImportAsync(TestDatabase database, string csv, RosterImportOptions options, bool bom = false)
    {
        await using var db = database.NewContext();
        await using var stream = Stream(csv, bom);
        return await new RosterImporter(db, TestCodes.Hasher).ImportAsync(stream, options, CancellationToken.None);
    }

    private static async Task SetAsync(TestDatabase database, string nip, Action<Person> change)
    {
        await using var db = database.NewContext();
        change(await db.People.SingleAsync(p => p.Nip == Nip.FromTrusted(nip)));
        await db.SaveChangesAsync();
    }

    private static async Task BindAsync(TestDatabase database, string nip)
    {
        await using var db = database.NewContext();
        var person = await db.People.SingleAsync(p => p.Nip == Nip.FromTrusted(nip));
        db.ChannelIdentities.Add(new ChannelIdentity { Channel = "test", ChannelUserId = nip, ConversationId = nip, PersonId = person.Id });
        await db.SaveChangesAsync();
    }

    private static async Task<string?> HashAsync(TestDatabase database, string nip)
    {
        await using var db = database.NewContext();
        return await db.People.Where(p => p.Nip == Nip.FromTrusted(nip)).Select(p => p.EnrolmentCodeHash).SingleAsync();
    }
}
