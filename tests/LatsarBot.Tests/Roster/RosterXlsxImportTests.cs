using System.CommandLine;
using LatsarBot.Cli;
using LatsarBot.Data.Audit;
using LatsarBot.Roster;
using LatsarBot.Sheets;
using LatsarBot.Testing;
using LatsarBot.Testing.StaffConsole;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace LatsarBot.Tests.Roster;

/// <summary>`participants import` of an XLSX workbook: the same rules and writes as a CSV, row numbers from the sheet, and an audit entry.</summary>
public sealed class RosterXlsxImportTests
{
    [Fact]
    public async Task Import_Xlsx_ImportsTheGoodRows_NamesTheBadSheetRow_AndRecordsTheCli()
    {
        await using var database = TestDatabase.Sqlite();
        var folder = TestPaths.NewTempFolder();
        var roster = Path.Combine(folder, "roster.xlsx");
        await File.WriteAllBytesAsync(roster, RosterWorkbook.Xlsx(RosterWorkbook.Rows(4, year: 1979, badSheetRows: [3]), ("Angkatan Uji", "Kelas X")));
        var output = new StringWriter();

        var exit = await LatsarCli.RunAsync(
            ["participants", "import", roster, "--institution", "BPSDM Uji XLSX", "--codes-out", Path.Combine(folder, "codes.csv"), "--database", database.ConnectionString],
            new InvocationConfiguration { Output = output, Error = new StringWriter() });

        Assert.Equal(RosterReport.ExitSomeRejected, exit);
        Assert.Contains($"line 3: NIP {RosterWorkbook.Nip(2, 1979)[..17]} — nip.length", output.ToString(), StringComparison.Ordinal);
        await using var db = database.NewContext();
        Assert.Equal(3, await db.Participants.CountAsync(p => p.Institution!.Name == "BPSDM Uji XLSX"));
        var entry = await db.AuditEntries.SingleAsync();
        var institution = await db.Institutions.SingleAsync(i => i.Name == "BPSDM Uji XLSX");
        Assert.Equal((AuditActions.RosterImport, "cli", (int?)institution.Id, "4 rows: 3 created, 0 updated, 0 unchanged, 1 rejected; 3 enrolment codes issued"),
            (entry.Action, entry.Channel, entry.InstitutionId, entry.Detail));
    }

    [Fact]
    public void Read_XlsxWithNipAsNumber_KeepsTheDigitsExcelKept_AndExplainsTheLostOnes()
    {
        // What Excel stores when a NIP is typed into a General cell: a number, with 15 significant digits for the long one.
        using var workbook = new MemoryStream();
        workbook.SaveAs(new[] { new Dictionary<string, object> { ["nip"] = 12345d, ["nama"] = "Angka Pendek" }, new Dictionary<string, object> { ["nip"] = 199001012022031001d, ["nama"] = "Angka Hilang" } });

        var rows = RosterReader.Read(workbook.ToArray()).Rows;

        Assert.Equal(["12345", "1.99001012022031E+17"], rows.Select(r => r.Nip));
        Assert.Equal([2, 3], rows.Select(r => r.Line));
    }

    [Fact]
    public void Read_ZipThatIsNoWorkbook_IsASheetError()
    {
        var error = Assert.Throws<CsvSheetException>(() => RosterReader.Read([0x50, 0x4B, 0x03, 0x04, 0, 0, 0]));

        Assert.Contains("not a readable XLSX workbook", error.Message, StringComparison.Ordinal);
    }
}
