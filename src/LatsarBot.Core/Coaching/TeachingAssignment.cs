namespace LatsarBot.Core.Coaching;

/// <summary>
/// "Simulasi penetapan pengajar" (DOMAIN.md A.7): a facilitator for every agenda of every class, chosen by expertise
/// (peminatan) with the teaching spread evenly; and a coach for every participant, from the staff who taught the
/// class online when there are any, with participants spread evenly (max − min ≤ 1 where the candidates allow).
/// Pure and deterministic: the input's order is irrelevant, everything is ordered by id (participants by roll
/// number, then NIP, then id). Current coaches and facilitators are kept unless the balance needs them moved.
/// </summary>
public static class TeachingAssignment
{
    public static AssignmentProposal Propose(AssignmentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var classes = input.Classes.OrderBy(c => c.ClassId).ToList();
        var agendas = AgendaCodes.All.Where(input.Agendas.Contains).ToList();
        var warnings = new List<AssignmentWarning>();
        var (facilitators, facilitatorLoad) = Facilitators(classes, agendas, input.Facilitators.OrderBy(f => f.StaffId).ToList(), warnings);
        var (coaches, online, coachLoad) = Coaches(classes, input.Coaches.OrderBy(c => c.StaffId).ToList(), warnings);
        if (facilitatorLoad is { IsBalanced: false })
        {
            warnings.Add(new AssignmentWarning(AssignmentWarningKind.FacilitatorLoadUneven, Load: facilitatorLoad));
        }

        if (coachLoad is { IsBalanced: false })
        {
            warnings.Add(new AssignmentWarning(AssignmentWarningKind.CoachLoadUneven, Load: coachLoad));
        }

        var proposals = classes.Select((c, i) => new ClassProposal(c.ClassId, c.Name, facilitators[i], coaches[i], online[i])).ToList();
        return new AssignmentProposal(proposals, warnings, coachLoad, facilitatorLoad);
    }

    private static (List<AgendaFacilitator>[] PerClass, LoadRange? Load) Facilitators(
        List<ClassToAssign> classes, List<string> agendas, List<FacilitatorCandidate> staff, List<AssignmentWarning> warnings)
    {
        var perClass = classes.Select(_ => new List<AgendaFacilitator>()).ToArray();
        var slots = new List<(int Class, string Agenda, IReadOnlyList<int> Eligible)>();
        foreach (var (kelas, i) in classes.Select((c, i) => (c, i)))
        {
            foreach (var agenda in agendas)
            {
                var eligible = staff.Select((f, s) => (f, s)).Where(x => x.f.Expertise.Contains(agenda)).Select(x => x.s).ToList();
                if (eligible.Count == 0)
                {
                    warnings.Add(new AssignmentWarning(AssignmentWarningKind.NoQualifiedFacilitator, kelas.ClassId, agenda));
                }
                else
                {
                    slots.Add((i, agenda, eligible));
                }
            }
        }

        var current = slots.Select(slot => (IReadOnlyList<int>)classes[slot.Class].CurrentFacilitators
            .Where(f => f.Agenda == slot.Agenda && f.StaffId is not null).Select(f => staff.FindIndex(x => x.StaffId == f.StaffId)).Where(s => s >= 0).ToList()).ToList();
        var units = BalancedAllocation.Allocate(slots.Select(_ => 1).ToList(), slots.Select(s => s.Eligible).ToList(), staff.Select(f => f.OtherLoad).ToList(), current);
        foreach (var (slot, g) in slots.Select((s, g) => (s, g)))
        {
            var chosen = Array.IndexOf(units[g], 1);
            perClass[slot.Class].Add(new AgendaFacilitator(slot.Agenda, staff[chosen].StaffId));
        }

        for (var i = 0; i < classes.Count; i++)
        {
            var assigned = perClass[i].ToDictionary(a => a.Agenda, StringComparer.Ordinal);
            perClass[i] = agendas.Select(a => assigned.GetValueOrDefault(a) ?? new AgendaFacilitator(a, null)).ToList();
        }

        var pool = slots.SelectMany(s => s.Eligible).Distinct().ToList();
        return (perClass, Range(pool, units, staff.Select(f => f.OtherLoad).ToList()));
    }

    private static (List<CoachGroup>[] PerClass, bool[] Online, LoadRange? Load) Coaches(
        List<ClassToAssign> classes, List<CoachCandidate> staff, List<AssignmentWarning> warnings)
    {
        var perClass = classes.Select(_ => new List<CoachGroup>()).ToArray();
        var online = new bool[classes.Count];
        var groups = new List<(int Class, IReadOnlyList<int> Eligible)>();
        var everyone = Enumerable.Range(0, staff.Count).ToList();
        foreach (var (kelas, i) in classes.Select((c, i) => (c, i)))
        {
            var taught = staff.Select((c, s) => (c, s)).Where(x => kelas.OnlineStaffIds.Contains(x.c.StaffId)).Select(x => x.s).ToList();
            online[i] = taught.Count > 0;
            if (kelas.Participants.Count == 0)
            {
                continue;
            }

            if (staff.Count == 0)
            {
                warnings.Add(new AssignmentWarning(AssignmentWarningKind.NoCoach, kelas.ClassId));
                continue;
            }

            if (taught.Count == 0)
            {
                warnings.Add(new AssignmentWarning(AssignmentWarningKind.NoOnlineCoach, kelas.ClassId));
            }

            groups.Add((i, taught.Count > 0 ? taught : everyone));
        }

        var baseLoads = staff.Select(c => c.OtherLoad).ToList();
        var current = groups.Select(g => (IReadOnlyList<int>)classes[g.Class].Participants
            .Select(p => staff.FindIndex(c => c.StaffId == p.CurrentCoachId)).Where(s => s >= 0).ToList()).ToList();
        var units = BalancedAllocation.Allocate(groups.Select(g => classes[g.Class].Participants.Count).ToList(), groups.Select(g => g.Eligible).ToList(), baseLoads, current);
        foreach (var (group, g) in groups.Select((x, g) => (x, g)))
        {
            perClass[group.Class] = Share(classes[group.Class].Participants, units[g], staff);
        }

        var pool = groups.SelectMany(g => g.Eligible).Distinct().ToList();
        return (perClass, online, Range(pool, units, baseLoads));
    }

    /// <summary>
    /// The class's participants over its coaches by the balanced counts: first everyone whose current coach still
    /// has room keeps them, then the rest in roll order fill the coaches in id order.
    /// </summary>
    private static List<CoachGroup> Share(IReadOnlyList<ParticipantToAssign> participants, int[] counts, List<CoachCandidate> staff)
    {
        var ordered = participants.OrderBy(p => p.Ndh ?? int.MaxValue).ThenBy(p => p.Nip ?? "", StringComparer.Ordinal).ThenBy(p => p.Id).ToList();
        var room = counts.ToArray();
        var coachOf = new Dictionary<int, int>();
        foreach (var participant in ordered)
        {
            var current = staff.FindIndex(c => c.StaffId == participant.CurrentCoachId);
            if (current >= 0 && room[current] > 0)
            {
                coachOf[participant.Id] = current;
                room[current]--;
            }
        }

        foreach (var participant in ordered.Where(p => !coachOf.ContainsKey(p.Id)))
        {
            var next = Array.FindIndex(room, r => r > 0);
            coachOf[participant.Id] = next;
            room[next]--;
        }

        return Enumerable.Range(0, staff.Count)
            .Where(s => counts[s] > 0)
            .Select(s => new CoachGroup(staff[s].StaffId, ordered.Where(p => coachOf[p.Id] == s).Select(p => p.Id).ToList()))
            .ToList();
    }

    private static LoadRange? Range(List<int> pool, int[][] units, IReadOnlyList<int> baseLoads)
    {
        if (pool.Count == 0)
        {
            return null;
        }

        var loads = pool.Select(s => baseLoads[s] + units.Sum(u => u[s])).ToList();
        return new LoadRange(loads.Min(), loads.Max());
    }
}
