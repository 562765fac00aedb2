using LatsarBot.Core.Actualization;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;
using static LatsarBot.Tests.Coaching.CoachingCommandsTests;
using static LatsarBot.Tests.Coaching.StaffImportTests;

namespace LatsarBot.Tests.Coaching;

/// <summary>`actualization plan-import` on the demo cohort: planned activities upserted by NIP + title, mentors set or created.</summary>
public sealed class PlanImportTests
{
    private const string Andi = DemoPeople.Nip;
    private const string Siti = "199505152022032002";
    private const string NewMentor = "197909092005011007";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_ActivitiesAndMentors_StoredThenUpsertedByNipAndTitle(DatabaseProvider provider)
    {
        await using var database = await DemoWithoutCoachesAsync(provider);
        var file = await FileAsync(
            "NIP,Activity,Expected output,BerAKHLAK values,Agency mission link,Mentor NIP,Mentor name,Mentor phone",
            $"{Andi},Digitalisasi arsip surat masuk,Arsip digital,\"Akuntabel, Adaptif\",Misi 2: tata kelola,,,",
            $"{Andi},Survei kepuasan layanan,Laporan survei,berorientasi pelayanan,,,,",
            $"{Siti},Standar pelayanan loket,SOP loket,Kolaboratif;Harmonis,,{NewMentor},Drs. Bambang Irawan,0813 1111 2222");

        var (exit, output, error) = await InvokeAsync(database, "actualization", "plan-import", file, "--cohort", "angkatan i tahun 2026");

        Assert.Equal((0, ""), (exit, error));
        Assert.Equal("3 rows: 3 activities added, 0 updated, 0 unchanged; 1 mentor(s) set (1 new)", output.Single());
        await using (var db = database.NewContext())
        {
            var andi = await db.Participants.SingleAsync(p => p.Nip == Nip.FromTrusted(Andi));
            var activities = await db.ActualizationPlans.Where(p => p.ParticipantId == andi.Id).SelectMany(p => p.Activities).OrderBy(a => a.Id).ToListAsync();
            Assert.Equal(
                [("Digitalisasi arsip surat masuk", "Arsip digital", BerAkhlakValues.Akuntabel | BerAkhlakValues.Adaptif, (string?)"Misi 2: tata kelola"),
                 ("Survei kepuasan layanan", "Laporan survei", BerAkhlakValues.BerorientasiPelayanan, null)],
                activities.Select(a => (a.Title, a.ExpectedOutput, a.Values, a.MissionLink)));
            var siti = await db.Participants.Include(p => p.Mentor).SingleAsync(p => p.Nip == Nip.FromTrusted(Siti));
            Assert.Equal(("Drs. Bambang Irawan", "6281311112222", Role.Mentor), (siti.Mentor!.Name, siti.Mentor.Phone, siti.Mentor.StaffRole));
        }

        var again = await FileAsync(
            "nip;kegiatan;output;nilai;misi",
            $"{Andi};DIGITALISASI ARSIP SURAT MASUK;Arsip digital terindeks;Akuntabel;",
            $"{Andi};Survei kepuasan layanan;Laporan survei;Berorientasi Pelayanan;");

        var (_, second, _) = await InvokeAsync(database, "actualization", "plan-import", again, "--cohort", "Angkatan I Tahun 2026");

        Assert.Equal("2 rows: 0 activities added, 1 updated, 1 unchanged; 0 mentor(s) set (0 new)", second.Single());
        await using var after = database.NewContext();
        var updated = await after.PlannedActivities.SingleAsync(a => a.Title == "Digitalisasi arsip surat masuk");
        Assert.Equal(("Arsip digital terindeks", BerAkhlakValues.Akuntabel, (string?)"Misi 2: tata kelola"), (updated.ExpectedOutput, updated.Values, updated.MissionLink));
        Assert.Equal(3, await after.PlannedActivities.CountAsync());
    }

    [Fact]
    public async Task Import_BadRows_NothingImportedAndEachLineNamesItsRules()
    {
        await using var database = await DemoWithoutCoachesAsync(DatabaseProvider.Sqlite);
        var file = await FileAsync(
            "nip,kegiatan,output,nilai_berakhlak,misi,nip_mentor,nama_mentor",
            $"{Andi},Digitalisasi arsip,Arsip digital,Akuntabel,,,",
            "199912312022031009,Kegiatan orang lain,Output,Loyal,,,",
            $"{Andi},digitalisasi arsip,Arsip lagi,Jujur,,,",
            $"{Siti},,,,,{NewMentor},",
            $"{Siti},Kegiatan tanpa output,,,,,");

        var (exit, output, _) = await InvokeAsync(database, "actualization", "plan-import", file, "--cohort", "Angkatan I Tahun 2026");

        Assert.Equal(2, exit);
        Assert.Equal(
        [
            "line 3: NIP 199912312022031009 — nip.not_in_cohort: NIP 199912312022031009 is not a participant of Angkatan I Tahun 2026",
            $"line 4: NIP {Andi} — activity.duplicate: this participant's activity 'digitalisasi arsip' already appears on line 2; values.unknown: BerAKHLAK values are Berorientasi Pelayanan, Akuntabel, Kompeten, Harmonis, Loyal, Adaptif, Kolaboratif; got 'Jujur'",
            $"line 5: NIP {Siti} — mentor.name: the mentor {NewMentor} is new, so their name (mentor_name) of 3 to 200 characters is required",
            $"line 6: NIP {Siti} — output.required: the expected output (output) is required; values.required: name at least one BerAKHLAK value the activity serves",
            "5 rows: 4 rejected, so nothing was imported; fix the lines above and import the file again",
        ], output);
        await using var db = database.NewContext();
        Assert.False(await db.PlannedActivities.AnyAsync());
        Assert.False(await db.Staff.AnyAsync(s => s.Nip == Nip.FromTrusted(NewMentor)));
    }

    [Fact]
    public async Task Import_DryRun_ReportsAndWritesNothing()
    {
        await using var database = await DemoWithoutCoachesAsync(DatabaseProvider.Sqlite);
        var file = await FileAsync("nip,kegiatan,output,nilai", $"{Andi},Digitalisasi arsip,Arsip digital,Akuntabel");

        var (exit, output, _) = await InvokeAsync(database, "actualization", "plan-import", file, "--cohort", "Angkatan I Tahun 2026", "--dry-run");

        Assert.Equal((0, "1 row: 1 activities would be added, 0 would be updated, 0 unchanged; 0 mentor(s) would be set (0 new) (dry run: nothing written)"), (exit, output.Single()));
        await using var db = database.NewContext();
        Assert.False(await db.PlannedActivities.AnyAsync());
    }

    [Fact]
    public async Task Import_UnknownCohort_Exits1()
    {
        await using var database = await DemoWithoutCoachesAsync(DatabaseProvider.Sqlite);
        var file = await FileAsync("nip,kegiatan", $"{Andi},Digitalisasi arsip");

        var (exit, _, error) = await InvokeAsync(database, "actualization", "plan-import", file, "--cohort", "Angkatan IX");

        Assert.Equal((1, "error: no cohort named 'Angkatan IX'"), (exit, error.Trim()));
    }
}
