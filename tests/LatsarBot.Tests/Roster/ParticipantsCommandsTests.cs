using System.CommandLine;
using LatsarBot.Cli;
using LatsarBot.Core.Participants;
using LatsarBot.Roster;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;
using static LatsarBot.Tests.Roster.RosterBuilders;

namespace LatsarBot.Tests.Roster;

/// <summary>
/// `participants import` end to end, in process: real configuration, content, migrations and the demo
/// seed. The database comes in through --database, not environment variables, so these tests run in
/// parallel with everything else.
/// </summary>
public sealed class ParticipantsCommandsTests
{
    [Fact]
    public async Task Import_RosterWithOneBadRow_Exits2ImportsTheRestAndWritesCodes()
    {
        await using var database = TestDatabase.Sqlite();
        var roster = await RosterFileAsync(Csv(Header, Row(Andi, "Andi Pratama"), Row("199002302022031001", "Tanggal Salah"), Row(Siti, "Siti Rahmawati")));
        var codes = CodesPath();

        var exitCode = await LatsarCli.RunAsync(
            ["participants", "import", roster, "--institution", InstitutionName, "--codes-out", codes, "--database", database.ConnectionString]);

        Assert.Equal(RosterReport.ExitSomeRejected, exitCode);
        await using var db = database.NewContext();
        var imported = await db.Participants.Where(p => p.Institution!.Name == InstitutionName).OrderBy(p => p.Nip).ToListAsync();
        Assert.Equal([Andi, Siti], imported.Select(p => p.Nip?.Value));
        var issued = ReadCodes(codes).Skip(1).ToList();
        Assert.Equal([Andi, Siti], issued.Select(r => r[0]));
        Assert.All(issued, r => Assert.True(LatsarBot.Hosting.CodeKey.Hasher(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build()).EnrolmentMatches(imported.Single(p => p.Nip?.Value == r[0]).EnrolmentCodeHash, r[0], r[2])));
    }

    [Fact]
    public async Task Import_DryRun_PrintsTheReportAndExits0()
    {
        await using var database = TestDatabase.Sqlite();
        var roster = await RosterFileAsync(Csv(Header, Row(Andi), Row(Siti)));
        var output = new StringWriter();
        var error = new StringWriter();

        var exitCode = await InvokeAsync(output, error, "participants", "import", roster, "--institution", InstitutionName, "--dry-run", "--database", database.ConnectionString);

        Assert.Equal((RosterReport.ExitImported, ""), (exitCode, error.ToString()));
        Assert.Equal(
            ["new cohort would be created: Angkatan I", "new class would be created: Angkatan I / Kelas A", "2 enrolment code(s) would be issued",
             "2 rows: 2 to create, 0 to update, 0 rejected (dry run: nothing written)"],
            output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        await using var db = database.NewContext();
        Assert.False(await db.Institutions.AnyAsync(i => i.Name == InstitutionName));
    }

    [Fact]
    public async Task Import_MalformedFile_PrintsTheLineOnStderrAndExits1()
    {
        await using var database = TestDatabase.Sqlite();
        var roster = await RosterFileAsync(Csv("nama,angkatan", "Andi,I"));
        var output = new StringWriter();
        var error = new StringWriter();

        var exitCode = await InvokeAsync(output, error, "participants", "import", roster, "--institution", InstitutionName, "--database", database.ConnectionString);

        Assert.Equal(RosterReport.ExitFailed, exitCode);
        Assert.StartsWith("error: line 1: the header has no nip column", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_MissingFile_Exits1WithoutTouchingTheDatabase()
    {
        await using var database = TestDatabase.Sqlite();
        var missing = Path.Combine(TestPaths.NewTempFolder(), "roster.csv");
        var error = new StringWriter();

        var exitCode = await InvokeAsync(new StringWriter(), error, "participants", "import", missing, "--institution", InstitutionName, "--database", database.ConnectionString);

        Assert.Equal(RosterReport.ExitFailed, exitCode);
        Assert.Contains(missing, error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(database.ConnectionString).DataSource));
    }

    private static async Task<string> RosterFileAsync(string csv)
    {
        var path = Path.Combine(TestPaths.NewTempFolder(), "roster.csv");
        await File.WriteAllTextAsync(path, csv);
        return path;
    }

    /// <summary>The same command tree LatsarCli builds, with stdout and stderr captured instead of the process console.</summary>
    private static Task<int> InvokeAsync(TextWriter output, TextWriter error, params string[] args) =>
        new RootCommand { ParticipantsCommands.Build() }.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
}
