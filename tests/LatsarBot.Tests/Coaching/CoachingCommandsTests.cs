using System.CommandLine;
using LatsarBot.Cli;
using LatsarBot.Data;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Tests.Coaching;

/// <summary>
/// `coaching assign` in process on the demo data (see AssignmentDialogTests for who is who), with the demo participants'
/// coaches cleared so that applying visibly writes. A dry run shows and writes nothing; --apply writes.
/// </summary>
public sealed class CoachingCommandsTests
{
    public const string Cohort = "Angkatan I Tahun 2026";

    private static readonly string[] Proposal =
    [
        "Proposal for Angkatan I Tahun 2026",
        "",
        "Kelas A",
        "  facilitators:",
        "    Agenda I: Dr. Budi Santoso, M.Si.",
        "    Agenda II: Dra. Sri Lestari, M.Pd.",
        "    Agenda III: Agus Salim, S.T., M.Kom.",
        "    Agenda IV: Dewi Kartika, M.Si.",
        "  coaches (taught this class online):",
        "    Dr. Budi Santoso, M.Si.: 2 participant(s) (Andi Pratama, Siti Rahmawati)",
        "",
        "coach load: min 2, max 2 participants per coach",
        "facilitator load: min 1, max 1 agendas per facilitator",
    ];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Assign_WithoutApply_ShowsTheProposalAndWritesNothing_WithApply_Writes(DatabaseProvider provider)
    {
        await using var database = await DemoWithoutCoachesAsync(provider);

        var (dryExit, dryOutput, dryError) = await InvokeAsync(database, "coaching", "assign", "--cohort", Cohort);

        Assert.Equal((0, ""), (dryExit, dryError));
        Assert.Equal([.. Proposal, "not applied: nothing written (add --apply to apply it)"], dryOutput);
        await using (var db = database.NewContext())
        {
            Assert.False(await db.FacilitatorAssignments.AnyAsync());
            Assert.All(await db.Participants.ToListAsync(), p => Assert.Null(p.CoachId));
        }

        var (exit, output, _) = await InvokeAsync(database, "coaching", "assign", "--cohort", Cohort, "--class", "kelas a", "--apply");

        Assert.Equal(0, exit);
        Assert.Equal("Proposal for Angkatan I Tahun 2026 / Kelas A", output[0]);
        Assert.Equal("applied: 2 participant(s) given a coach, 4 agenda(s) given a facilitator", output[^1]);
        await using var after = database.NewContext();
        var budi = await after.Staff.SingleAsync(s => s.Name == "Dr. Budi Santoso, M.Si.");
        Assert.All(await after.Participants.ToListAsync(), p => Assert.Equal(budi.Id, p.CoachId));
        Assert.Equal(["I", "II", "III", "IV"], await after.FacilitatorAssignments.OrderBy(a => a.Agenda).Select(a => a.Agenda).ToListAsync());
    }

    [Fact]
    public async Task Assign_AppliedTwice_SecondRunChangesNothing()
    {
        await using var database = await DemoWithoutCoachesAsync(DatabaseProvider.Sqlite);
        await InvokeAsync(database, "coaching", "assign", "--cohort", Cohort, "--apply");
        await using var first = database.NewContext();
        var rows = await first.FacilitatorAssignments.OrderBy(a => a.Id).Select(a => new { a.Id, a.Agenda, a.StaffId, a.AssignedAt }).ToListAsync();

        var (exit, output, _) = await InvokeAsync(database, "coaching", "assign", "--cohort", Cohort, "--apply");

        Assert.Equal(0, exit);
        Assert.Equal(Proposal, output.Take(Proposal.Length));
        await using var second = database.NewContext();
        Assert.Equal(rows, await second.FacilitatorAssignments.OrderBy(a => a.Id).Select(a => new { a.Id, a.Agenda, a.StaffId, a.AssignedAt }).ToListAsync());
    }

    [Fact]
    public async Task Assign_UnknownClass_Exits1NamingTheClassesThereAre()
    {
        await using var database = await DemoWithoutCoachesAsync(DatabaseProvider.Sqlite);

        var (exit, _, error) = await InvokeAsync(database, "coaching", "assign", "--cohort", Cohort, "--class", "Kelas Z");

        Assert.Equal((1, "error: Angkatan I Tahun 2026 has no class 'Kelas Z' (it has Kelas A)"), (exit, error.Trim()));
    }

    [Fact]
    public async Task Assign_CohortOfAnotherInstitution_Exits1()
    {
        await using var database = await DemoWithoutCoachesAsync(DatabaseProvider.Sqlite);

        var (exit, output, error) = await InvokeAsync(database, "coaching", "assign", "--cohort", Cohort, "--institution", "BPSDM Lain");
        var (demoExit, demoOutput, _) = await InvokeAsync(database, "coaching", "assign", "--cohort", Cohort, "--institution", "bpsdm demo latsarbot");

        Assert.Equal((1, "error: no cohort named 'Angkatan I Tahun 2026' at BPSDM Lain"), (exit, error.Trim()));
        Assert.Empty(output);
        Assert.Equal((0, Proposal[0]), (demoExit, demoOutput[0]));
    }

    /// <summary>The demo, migrated and seeded by a harness that is gone again, with the participants' coaches cleared.</summary>
    public static async Task<TestDatabase> DemoWithoutCoachesAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using (await HostHarness.StartAsync(database))
        {
        }

        await using var db = database.NewContext();
        await db.Participants.ExecuteUpdateAsync(s => s.SetProperty(p => p.CoachId, (int?)null));
        return database;
    }

    /// <summary>The command tree LatsarCli builds, pointed at <paramref name="database"/>, with stdout and stderr captured.</summary>
    public static async Task<(int Exit, string[] Output, string Error)> InvokeAsync(TestDatabase database, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var root = new RootCommand { CoachingCommands.Build(), StaffCommands.Build(), ActualizationCommands.Build() };
        var exit = await root.Parse([.. args, "--database", database.ConnectionString, "--provider", database.Provider.ToString()])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString().Split(Environment.NewLine)[..^1], error.ToString());
    }
}
