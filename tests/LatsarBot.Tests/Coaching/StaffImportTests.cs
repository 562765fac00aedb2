using System.Text;
using LatsarBot.Core.Coaching;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;
using static LatsarBot.Tests.Coaching.CoachingCommandsTests;

namespace LatsarBot.Tests.Coaching;

/// <summary>`staff import` on the demo data, then `coaching assign` using what it brought in.</summary>
public sealed class StaffImportTests
{
    private const string Institution = "BPSDM Demo LatsarBot";
    private const string Wulan = "198812242010012005";
    private const string Yusuf = "198603032011011006";

    [Fact]
    public async Task Import_IndonesianSemicolonFileWithBom_CreatesStaffWithExpertiseAndOnlineTeaching_ThenAssignPrefersThem()
    {
        await using var database = await DemoWithoutCoachesAsync(DatabaseProvider.Sqlite);
        var file = await FileAsync(
            "NIP;Nama;Peran;Peminatan;Angkatan;Kelas Daring;No. HP",
            $"{Wulan};Wulan Sari, M.Psi.;pembimbing;Agenda 2 | 4;Angkatan I Tahun 2026;kelas a;0812-3456-7890",
            $"{Yusuf};Yusuf Maulana;widyaiswara;I, III;;;");

        var (exit, output, error) = await InvokeAsync(database, "staff", "import", file, "--institution", Institution);

        Assert.Equal((0, ""), (exit, error));
        Assert.Equal(["2 rows: 2 staff created, 0 updated, 1 online teaching(s) added",
            "2 new staff member(s) have no enrolment code yet: give them one with `participants import FILE --new-codes --codes-out FILE`"], output);
        await using (var db = database.NewContext())
        {
            var wulan = await db.Staff.SingleAsync(s => s.Nip == Nip.FromTrusted(Wulan));
            var yusuf = await db.Staff.SingleAsync(s => s.Nip == Nip.FromTrusted(Yusuf));
            Assert.Equal((Role.Coach, "II,IV", "6281234567890"), (wulan.StaffRole, wulan.Expertise, wulan.Phone));
            Assert.Equal((Role.Facilitator, "I,III"), (yusuf.StaffRole, yusuf.Expertise));
            var teaching = await db.ClassTeachings.SingleAsync(t => t.StaffId == wulan.Id);
            Assert.Equal(TeachingStage.Online, teaching.Stage);
        }

        var (_, proposal, _) = await InvokeAsync(database, "coaching", "assign", "--cohort", "Angkatan I Tahun 2026");

        // Budi and Wulan both taught Kelas A online now: one participant each; Dewi did not, so she coaches nobody.
        Assert.Contains("    Dr. Budi Santoso, M.Si.: 1 participant(s) (Andi Pratama)", proposal);
        Assert.Contains("    Wulan Sari, M.Psi.: 1 participant(s) (Siti Rahmawati)", proposal);
        Assert.DoesNotContain(proposal, l => l.StartsWith("    Dewi Kartika", StringComparison.Ordinal) && l.Contains("participant", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_OneBadRow_NothingImportedAndEveryProblemNamedWithLineAndRule()
    {
        await using var database = await DemoWithoutCoachesAsync(DatabaseProvider.Sqlite);
        var file = await FileAsync(
            "nip,name,role,expertise,cohort,online_classes",
            $"{Wulan},Wulan Sari,coach,II,Angkatan I Tahun 2026,Kelas A",
            $"{Yusuf},Yusuf Maulana,facilitator,\"II, V\",Angkatan I Tahun 2026,Kelas Z",
            "199001012022031001,Andi Pratama,coach,,,");

        var (exit, output, _) = await InvokeAsync(database, "staff", "import", file, "--institution", Institution);

        Assert.Equal(2, exit);
        Assert.Equal(
        [
            $"line 3: NIP {Yusuf} — expertise.unknown: expertise must list agendas I, II, III or IV (or 1-4), got 'V'; class.unknown: Angkatan I Tahun 2026 has no class 'Kelas Z' (it has Kelas A)",
            "line 4: NIP 199001012022031001 — role.change: NIP 199001012022031001 is a participant; the import does not turn a participant into staff",
            "3 rows: 2 rejected, so nothing was imported; fix the lines above and import the file again",
        ], output);
        await using var db = database.NewContext();
        Assert.False(await db.Staff.AnyAsync(s => s.Nip == Nip.FromTrusted(Wulan)));
        Assert.False(await db.ClassTeachings.AnyAsync(t => t.StaffId != db.Staff.Single(s => s.Name == "Dr. Budi Santoso, M.Si.").Id));
    }

    [Fact]
    public async Task Import_SameFileTwice_SecondTimeUnchangedAndNoDuplicateTeaching()
    {
        await using var database = await DemoWithoutCoachesAsync(DatabaseProvider.Sqlite);
        var file = await FileAsync("nip,nama,peran,peminatan,angkatan,kelas_daring", $"{Wulan},Wulan Sari,coach,II,Angkatan I Tahun 2026,Kelas A");
        await InvokeAsync(database, "staff", "import", file, "--institution", Institution);

        var (exit, output, _) = await InvokeAsync(database, "staff", "import", file, "--institution", Institution);

        Assert.Equal((0, "1 row: 0 staff created, 0 updated, 0 online teaching(s) added"), (exit, output.Single()));
        await using var db = database.NewContext();
        Assert.Equal(1, await db.ClassTeachings.CountAsync(t => t.StaffId == db.Staff.Single(s => s.Nip == Nip.FromTrusted(Wulan)).Id));
    }

    [Fact]
    public async Task Import_DryRun_ReportsAndWritesNothing()
    {
        await using var database = await DemoWithoutCoachesAsync(DatabaseProvider.Sqlite);
        var file = await FileAsync("nip,nama,peran,peminatan", $"{Yusuf},Yusuf Maulana,fasilitator,III");

        var (exit, output, _) = await InvokeAsync(database, "staff", "import", file, "--institution", Institution, "--dry-run");

        Assert.Equal(0, exit);
        Assert.StartsWith("1 row: 1 staff would be created, 0 would be updated, 0 online teaching(s) would be added (dry run: nothing written)", output[0], StringComparison.Ordinal);
        await using var db = database.NewContext();
        Assert.False(await db.Staff.AnyAsync(s => s.Nip == Nip.FromTrusted(Yusuf)));
    }

    public static async Task<string> FileAsync(params string[] lines)
    {
        var path = Path.Combine(TestPaths.NewTempFolder(), "sheet.csv");
        await File.WriteAllTextAsync(path, string.Join("\r\n", lines) + "\r\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        return path;
    }
}
