using LatsarBot.Core.Participants;
using LatsarBot.Roster;

namespace LatsarBot.Tests.Roster;

public sealed class RosterReportTests
{
    private const string BadNip = "199002302022031001";

    [Fact]
    public void Lines_ImportWithRejections_ListsEachRejectedRowThenTheSummary()
    {
        var result = AResult(
            committed: true,
            Outcome(2, RosterRowStatus.Created),
            Outcome(7, RosterRowStatus.Rejected, BadNip, new RosterReason(RosterRules.NipBirthDate, "NIP must start with a real birth date (YYYYMMDD), got 19900230")),
            Outcome(8, RosterRowStatus.Rejected, "", new RosterReason(RosterRules.NipRequired, "NIP is required"), new RosterReason(RosterRules.NameRequired, "Name is required")),
            Outcome(9, RosterRowStatus.Updated),
            Outcome(10, RosterRowStatus.Unchanged));

        var lines = RosterReport.Lines(result);

        Assert.Equal(
            [
                $"line 7: NIP {BadNip} — nip.birth_date: NIP must start with a real birth date (YYYYMMDD), got 19900230",
                "line 8: no NIP — nip.required: NIP is required; name.required: Name is required",
                "5 rows: 1 created, 1 updated, 1 unchanged, 2 rejected",
            ],
            lines);
    }

    [Fact]
    public void Lines_NewGroupsAndCodes_NamesThemBeforeTheSummary()
    {
        var result = AResult(committed: true, Outcome(2, RosterRowStatus.Created)) with
        {
            NewGroups = [new("Angkatan I", null), new("Angkatan I", "Kelas A")],
            CodesIssued = 1,
            CodesFile = "/tmp/codes.csv",
        };

        var lines = RosterReport.Lines(result);

        Assert.Equal(
            [
                "new cohort created: Angkatan I",
                "new class created: Angkatan I / Kelas A",
                "1 enrolment code(s) written to /tmp/codes.csv",
                "1 row: 1 created, 0 updated, 0 rejected",
            ],
            lines);
    }

    [Fact]
    public void Lines_DryRun_SaysWhatWouldHappen()
    {
        var result = AResult(committed: false, Outcome(2, RosterRowStatus.Created), Outcome(3, RosterRowStatus.Updated)) with
        {
            DryRun = true,
            NewGroups = [new("Angkatan I", "Kelas B")],
            CodesIssued = 1,
        };

        var lines = RosterReport.Lines(result);

        Assert.Equal(
            ["new class would be created: Angkatan I / Kelas B", "1 enrolment code(s) would be issued", "2 rows: 1 to create, 1 to update, 0 rejected (dry run: nothing written)"],
            lines);
    }

    [Fact]
    public void Lines_AllOrNothingRefused_SaysNothingWasImported()
    {
        var result = AResult(committed: false, Outcome(2, RosterRowStatus.Created), Outcome(3, RosterRowStatus.Rejected, BadNip, new RosterReason(RosterRules.NipBirthDate, "bad")));

        var lines = RosterReport.Lines(result);

        Assert.Equal("2 rows: 1 rejected, so nothing was imported (--all-or-nothing)", lines[^1]);
    }

    [Fact]
    public void Lines_Error_LeavesOutTheSummary()
    {
        var result = RosterImportResult.Failed("line 3: a value has a stray double quote");

        var lines = RosterReport.Lines(result);

        Assert.Empty(lines);
    }

    [Theory]
    [InlineData(RosterRowStatus.Created, false, RosterReport.ExitImported)]
    [InlineData(RosterRowStatus.Unchanged, false, RosterReport.ExitImported)]
    [InlineData(RosterRowStatus.Rejected, false, RosterReport.ExitSomeRejected)]
    [InlineData(RosterRowStatus.Created, true, RosterReport.ExitFailed)]
    public void ExitCode_Outcome_Is0AllImported2SomeRejected1Failed(RosterRowStatus status, bool failed, int expected)
    {
        var rows = new[] { Outcome(2, RosterRowStatus.Created), Outcome(3, status) };
        var result = failed ? RosterImportResult.Failed("database refused", rows) : AResult(committed: true, rows);

        var code = RosterReport.ExitCode(result);

        Assert.Equal(expected, code);
    }

    private static RosterImportResult AResult(bool committed, params RosterRowOutcome[] rows) => new() { Rows = rows, Committed = committed };

    private static RosterRowOutcome Outcome(int line, RosterRowStatus status, string nip = "199203042022031005", params RosterReason[] reasons) =>
        new(line, nip, status, reasons);
}
