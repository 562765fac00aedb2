using LatsarBot.Core.Coaching;

namespace LatsarBot.Core.Tests.Coaching;

/// <summary>Hand-built cases with known answers: the fallbacks, the reported shortfalls and the keeping of current coaches.</summary>
public sealed class TeachingAssignmentTests
{
    private static readonly CoachCandidate Budi = new(1, "Budi");
    private static readonly CoachCandidate Dewi = new(2, "Dewi");
    private static readonly CoachCandidate Eko = new(3, "Eko");

    [Fact]
    public void Propose_OneCoachTaughtTheBigClassOnline_KeepsThePreferenceAndReportsTheUnevenLoad()
    {
        var input = new AssignmentInput
        {
            Classes = [Class(10, "Kelas A", 10, online: [Budi.StaffId]), Class(20, "Kelas B", 2, online: [Dewi.StaffId])],
            Coaches = [Budi, Dewi],
            Facilitators = [],
        };

        var proposal = TeachingAssignment.Propose(input);

        Assert.Equal([(Budi.StaffId, 10)], proposal.Classes[0].Coaches.Select(g => (g.CoachId, g.ParticipantIds.Count)));
        Assert.Equal([(Dewi.StaffId, 2)], proposal.Classes[1].Coaches.Select(g => (g.CoachId, g.ParticipantIds.Count)));
        Assert.Contains(new AssignmentWarning(AssignmentWarningKind.CoachLoadUneven, Load: new LoadRange(2, 10)), proposal.Warnings);
    }

    [Fact]
    public void Propose_ClassNobodyTaughtOnline_UsesEveryCoachEvenlyAndSaysSo()
    {
        var input = new AssignmentInput { Classes = [Class(10, "Kelas A", 7, online: [])], Coaches = [Eko, Budi, Dewi], Facilitators = [] };

        var proposal = TeachingAssignment.Propose(input);

        Assert.Equal([(1, 3), (2, 2), (3, 2)], proposal.Classes[0].Coaches.Select(g => (g.CoachId, g.ParticipantIds.Count)));
        Assert.False(proposal.Classes[0].CoachesTaughtOnline);
        Assert.Equal([new AssignmentWarning(AssignmentWarningKind.NoOnlineCoach, 10)], proposal.Warnings.Where(w => w.Kind != AssignmentWarningKind.NoQualifiedFacilitator));
    }

    [Fact]
    public void Propose_TwoClassesSharingOneOnlineCoach_BalancesAcrossTheClasses()
    {
        // Budi taught both classes online, Dewi only A, Eko only B: 6 + 6 participants can go 4/4/4.
        var input = new AssignmentInput
        {
            Classes = [Class(10, "Kelas A", 6, online: [1, 2]), Class(20, "Kelas B", 6, online: [1, 3])],
            Coaches = [Budi, Dewi, Eko],
            Facilitators = [],
        };

        var proposal = TeachingAssignment.Propose(input);

        Assert.Equal(new LoadRange(4, 4), proposal.CoachLoad);
        Assert.DoesNotContain(proposal.Warnings, w => w.Kind is AssignmentWarningKind.CoachLoadUneven or AssignmentWarningKind.NoOnlineCoach);
    }

    [Fact]
    public void Propose_AgendaNobodyTeaches_LeftWithoutFacilitatorAndReported()
    {
        var input = new AssignmentInput
        {
            Classes = [Class(10, "Kelas A", 0, online: []), Class(20, "Kelas B", 0, online: [])],
            Coaches = [],
            Facilitators = [new FacilitatorCandidate(7, "Rina", ["I", "II"]), new FacilitatorCandidate(8, "Sari", ["II", "III"])],
        };

        var proposal = TeachingAssignment.Propose(input);

        Assert.Equal([("I", 7), ("II", 8), ("III", 8), ("IV", (int?)null)], proposal.Classes[0].Facilitators.Select(f => (f.Agenda, f.StaffId)));
        Assert.Equal([("I", 7), ("II", 7), ("III", 8), ("IV", (int?)null)], proposal.Classes[1].Facilitators.Select(f => (f.Agenda, f.StaffId)));
        Assert.Equal(new LoadRange(3, 3), proposal.FacilitatorLoad);
        Assert.Equal(
            [new AssignmentWarning(AssignmentWarningKind.NoQualifiedFacilitator, 10, "IV"), new AssignmentWarning(AssignmentWarningKind.NoQualifiedFacilitator, 20, "IV")],
            proposal.Warnings);
    }

    [Fact]
    public void Propose_CurrentCoachesAlreadyBalanced_EveryoneKeepsTheirCoach()
    {
        ParticipantToAssign[] participants =
        [
            new(1, "1", "A", 1, Dewi.StaffId), new(2, "2", "B", 2, Budi.StaffId), new(3, "3", "C", 3, Dewi.StaffId), new(4, "4", "D", 4, Budi.StaffId),
        ];
        var input = new AssignmentInput { Classes = [new ClassToAssign(10, "Kelas A", participants, [1, 2])], Coaches = [Budi, Dewi], Facilitators = [] };

        var proposal = TeachingAssignment.Propose(input);

        Assert.Equal(participants.Select(p => (p.Id, p.CurrentCoachId!.Value)).Order(), proposal.CoachOfParticipants.Order());
    }

    [Fact]
    public void Propose_CurrentFacilitatorsBalancedButNotTheFirstChoice_Kept()
    {
        FacilitatorCandidate[] both = [new(7, "Rina", ["I", "II"]), new(8, "Sari", ["I", "II"])];
        var fresh = new ClassToAssign(10, "Kelas A", [], []);
        var today = fresh with { CurrentFacilitators = [new("I", 8), new("II", 7)] };

        var fromScratch = TeachingAssignment.Propose(new AssignmentInput { Classes = [fresh], Coaches = [], Facilitators = both, Agendas = ["I", "II"] });
        var kept = TeachingAssignment.Propose(new AssignmentInput { Classes = [today], Coaches = [], Facilitators = both, Agendas = ["I", "II"] });

        Assert.Equal([("I", (int?)7), ("II", 8)], fromScratch.Classes[0].Facilitators.Select(f => (f.Agenda, f.StaffId)));
        Assert.Equal([("I", (int?)8), ("II", 7)], kept.Classes[0].Facilitators.Select(f => (f.Agenda, f.StaffId)));
    }

    [Fact]
    public void Propose_CurrentFacilitatorOverloaded_OnlyWhatTheBalanceNeedsMoves()
    {
        FacilitatorCandidate[] both = [new(7, "Rina", ["I", "II", "III"]), new(8, "Sari", ["I", "II", "III"])];
        var today = new ClassToAssign(10, "Kelas A", [], []) { CurrentFacilitators = [new("I", 8), new("II", 8), new("III", 8)] };

        var proposal = TeachingAssignment.Propose(new AssignmentInput { Classes = [today], Coaches = [], Facilitators = both, Agendas = ["I", "II", "III"] });

        Assert.Equal(1, proposal.Classes[0].Facilitators.Count(f => f.StaffId == 7));
        Assert.Equal(new LoadRange(1, 2), proposal.FacilitatorLoad);
    }

    [Fact]
    public void Propose_OtherLoad_NewParticipantsGoToTheLighterCoach()
    {
        var input = new AssignmentInput
        {
            Classes = [Class(10, "Kelas A", 4, online: [1, 2])],
            Coaches = [Budi with { OtherLoad = 4 }, Dewi],
            Facilitators = [],
        };

        var proposal = TeachingAssignment.Propose(input);

        Assert.Equal([(Dewi.StaffId, 4)], proposal.Classes[0].Coaches.Select(g => (g.CoachId, g.ParticipantIds.Count)));
        Assert.Equal(new LoadRange(4, 4), proposal.CoachLoad);
    }

    [Theory]
    [InlineData("I, III", new[] { "I", "III" }, new string[0])]
    [InlineData("Agenda 2|agenda-4;1", new[] { "I", "II", "IV" }, new string[0])]
    [InlineData("II / V / BerAKHLAK", new[] { "II" }, new[] { "V", "BerAKHLAK" })]
    [InlineData("", new string[0], new string[0])]
    public void ParseList_OrganisersWriting_CodesInAgendaOrderAndUnknownWords(string text, string[] codes, string[] unknown)
    {
        var parsed = AgendaCodes.ParseList(text);

        Assert.Equal(codes, parsed.Codes);
        Assert.Equal(unknown, parsed.Unknown);
    }

    private static ClassToAssign Class(int id, string name, int participants, int[] online) =>
        new(id, name, Enumerable.Range(1, participants).Select(n => new ParticipantToAssign(id * 100 + n, $"{id}{n:D3}", $"P{n}", n, null)).ToList(), online);
}
