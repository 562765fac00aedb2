using LatsarBot.Core.Coaching;
using static LatsarBot.Core.Tests.Coaching.AssignmentInputs;

namespace LatsarBot.Core.Tests.Coaching;

/// <summary>The rules of A.7 checked over many generated inputs, each seed a reproducible case.</summary>
public sealed class TeachingAssignmentPropertyTests
{
    [Fact]
    public void Propose_ManyInputs_NoFacilitatorOnAnAgendaOutsideTheirExpertise()
    {
        foreach (var seed in Seeds(500))
        {
            var input = Random(seed);
            var proposal = TeachingAssignment.Propose(input);

            var expertise = input.Facilitators.ToDictionary(f => f.StaffId, f => f.Expertise);
            foreach (var (kelas, slot) in proposal.Classes.SelectMany(c => c.Facilitators.Select(f => (c, f))))
            {
                var qualified = input.Facilitators.Any(f => f.Expertise.Contains(slot.Agenda));
                Assert.True(slot.StaffId is { } id ? expertise[id].Contains(slot.Agenda) : !qualified, $"seed {seed}: class {kelas.ClassId} agenda {slot.Agenda} → {slot.StaffId}");
                Assert.Equal(!qualified, proposal.Warnings.Contains(new AssignmentWarning(AssignmentWarningKind.NoQualifiedFacilitator, kelas.ClassId, slot.Agenda)));
            }

            Assert.All(proposal.Classes, c => Assert.Equal(AgendaCodes.All, c.Facilitators.Select(f => f.Agenda)));
        }
    }

    [Fact]
    public void Propose_ManyInputs_EveryParticipantGetsOneCoachWhoTaughtTheClassOnlineWhenAnyDid()
    {
        foreach (var seed in Seeds(500))
        {
            var input = Random(seed);
            var proposal = TeachingAssignment.Propose(input);

            foreach (var kelas in input.Classes)
            {
                var result = proposal.Classes.Single(c => c.ClassId == kelas.ClassId);
                var coached = result.Coaches.SelectMany(g => g.ParticipantIds).ToList();
                var onlineCoaches = input.Coaches.Select(c => c.StaffId).Where(kelas.OnlineStaffIds.Contains).ToList();
                Assert.Equal(onlineCoaches.Count > 0, result.CoachesTaughtOnline);
                if (input.Coaches.Count == 0)
                {
                    Assert.Empty(coached);
                    Assert.Equal(kelas.Participants.Count > 0, proposal.Warnings.Any(w => w.Kind == AssignmentWarningKind.NoCoach && w.ClassId == kelas.ClassId));
                    continue;
                }

                Assert.Equal(kelas.Participants.Select(p => p.Id).Order(), coached.Order());
                Assert.All(result.Coaches, g => Assert.Contains(g.CoachId, EligibleCoaches(input, kelas)));
                var fellBack = proposal.Warnings.Any(w => w.Kind == AssignmentWarningKind.NoOnlineCoach && w.ClassId == kelas.ClassId);
                Assert.Equal(onlineCoaches.Count == 0 && kelas.Participants.Count > 0, fellBack);
            }
        }
    }

    [Fact]
    public void Propose_SmallInputs_CoachSpreadIsTheBestAnyAssignmentAchieves()
    {
        foreach (var seed in Seeds(300))
        {
            var input = Random(seed, maxClasses: 3, maxParticipants: 4, maxCoaches: 4);
            var groups = input.Classes.Where(c => c.Participants.Count > 0).ToList();
            if (input.Coaches.Count == 0 || groups.Count == 0)
            {
                continue;
            }

            var proposal = TeachingAssignment.Propose(input);

            var ids = input.Coaches.Select(c => c.StaffId).ToList();
            var best = LoadOracle.BestSpread(
                groups.Select(c => c.Participants.Count).ToList(),
                groups.Select(c => (IReadOnlyList<int>)EligibleCoaches(input, c).Select(id => ids.IndexOf(id)).ToList()).ToList(),
                input.Coaches.Select(c => c.OtherLoad).ToList());
            var loads = CoachLoads(input, proposal).Values;
            Assert.True(loads.Max() - loads.Min() == best, $"seed {seed}: spread {loads.Max() - loads.Min()}, best possible {best}");
            Assert.Equal(new LoadRange(loads.Min(), loads.Max()), proposal.CoachLoad);
            Assert.Equal(best > 1, proposal.Warnings.Any(w => w.Kind == AssignmentWarningKind.CoachLoadUneven));
        }
    }

    [Fact]
    public void Propose_SmallInputs_FacilitatorSpreadIsTheBestAnyAssignmentAchieves()
    {
        foreach (var seed in Seeds(300))
        {
            var input = Random(seed, maxClasses: 2, maxFacilitators: 4);
            var slots = input.Classes.SelectMany(_ => AgendaCodes.All)
                .Select(a => (IReadOnlyList<int>)input.Facilitators.Select((f, i) => (f, i)).Where(x => x.f.Expertise.Contains(a)).Select(x => x.i).ToList())
                .Where(e => e.Count > 0)
                .ToList();
            if (slots.Count == 0)
            {
                continue;
            }

            var proposal = TeachingAssignment.Propose(input);

            var best = LoadOracle.BestSpread(slots.Select(_ => 1).ToList(), slots, input.Facilitators.Select(f => f.OtherLoad).ToList());
            var spread = proposal.FacilitatorLoad!.Max - proposal.FacilitatorLoad.Min;
            Assert.True(spread == best, $"seed {seed}: spread {spread}, best possible {best}");
            Assert.Equal(best > 1, proposal.Warnings.Any(w => w.Kind == AssignmentWarningKind.FacilitatorLoadUneven));
        }
    }

    [Fact]
    public void Propose_CohortSizedInputsWhereEveryClassMayUseEveryCoach_LoadsDifferByAtMostOne()
    {
        foreach (var seed in Seeds(100))
        {
            var random = Random(seed, maxClasses: 8, maxParticipants: 45, maxCoaches: 10);
            var input = random with
            {
                Coaches = random.Coaches.Select(c => c with { OtherLoad = 0 }).ToList(),
                Classes = random.Classes.Select(c => c with { OnlineStaffIds = random.Coaches.Select(x => x.StaffId).ToList() }).ToList(),
            };
            if (input.Coaches.Count == 0)
            {
                continue;
            }

            var proposal = TeachingAssignment.Propose(input);

            Assert.True(proposal.CoachLoad is null || proposal.CoachLoad.IsBalanced, $"seed {seed}: {proposal.CoachLoad}");
            Assert.DoesNotContain(proposal.Warnings, w => w.Kind == AssignmentWarningKind.CoachLoadUneven);
        }
    }

    [Fact]
    public void Propose_SameInputInAnotherOrder_SameProposal()
    {
        foreach (var seed in Seeds(300))
        {
            var input = Random(seed, maxClasses: 5, maxParticipants: 20);

            var first = Describe(TeachingAssignment.Propose(input));
            var shuffled = Describe(TeachingAssignment.Propose(Shuffled(input, seed * 31)));
            var again = Describe(TeachingAssignment.Propose(input));

            Assert.Equal(first, shuffled);
            Assert.Equal(first, again);
        }
    }

    [Fact]
    public void Propose_RunAgainAfterApplying_ChangesNothing()
    {
        foreach (var seed in Seeds(300))
        {
            var input = Random(seed, maxClasses: 5, maxParticipants: 20);
            var first = TeachingAssignment.Propose(input);

            var second = TeachingAssignment.Propose(Applied(input, first));

            Assert.Equal(Describe(first), Describe(second));
        }
    }
}
