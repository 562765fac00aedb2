using LatsarBot.Core.Coaching;

namespace LatsarBot.Core.Tests.Coaching;

/// <summary>Random but seeded assignment inputs, from tiny to cohort-sized, and helpers to read proposals.</summary>
public static class AssignmentInputs
{
    public static IEnumerable<int> Seeds(int count) => Enumerable.Range(1, count);

    public static AssignmentInput Random(int seed, int maxClasses = 4, int maxParticipants = 12, int maxCoaches = 6, int maxFacilitators = 6)
    {
        var random = new Random(seed);
        var coaches = Enumerable.Range(0, random.Next(0, maxCoaches + 1))
            .Select(i => new CoachCandidate(100 + i * 3, $"Coach {i}", random.Next(4) == 0 ? random.Next(0, 5) : 0))
            .ToList();
        var facilitators = Enumerable.Range(0, random.Next(0, maxFacilitators + 1))
            .Select(i => new FacilitatorCandidate(500 + i * 7, $"Fasilitator {i}",
                AgendaCodes.All.Where(_ => random.Next(3) == 0).ToList(), random.Next(5) == 0 ? random.Next(0, 4) : 0))
            .ToList();
        var participantId = 1000;
        var classes = Enumerable.Range(0, random.Next(1, maxClasses + 1)).Select(k =>
        {
            var participants = Enumerable.Range(0, random.Next(0, maxParticipants + 1)).Select(n =>
            {
                var id = participantId++;
                var current = coaches.Count > 0 && random.Next(3) == 0 ? coaches[random.Next(coaches.Count)].StaffId : (int?)null;
                return new ParticipantToAssign(id, $"1990{id:D14}", $"Peserta {id}", random.Next(5) == 0 ? null : n + 1, current);
            }).ToList();
            // Sometimes an online teacher is no coach at all (a facilitator): they must not become one.
            var online = coaches.Where(_ => random.Next(3) == 0).Select(c => c.StaffId)
                .Concat(random.Next(4) == 0 ? [999] : Array.Empty<int>()).ToList();
            // Today's facilitators, some of whom may no longer have the expertise (or be unknown): kept only where right.
            var currentFacilitators = AgendaCodes.All.Where(_ => random.Next(3) == 0)
                .Select(a => new AgendaFacilitator(a, facilitators.Count > 0 && random.Next(4) > 0 ? facilitators[random.Next(facilitators.Count)].StaffId : 998))
                .ToList();
            return new ClassToAssign(10 + k, $"Kelas {(char)('A' + k)}", participants, online) { CurrentFacilitators = currentFacilitators };
        }).ToList();
        return new AssignmentInput { Classes = classes, Coaches = coaches, Facilitators = facilitators };
    }

    /// <summary>The same input with every list in another order.</summary>
    public static AssignmentInput Shuffled(AssignmentInput input, int seed)
    {
        var random = new Random(seed);
        List<T> Shuffle<T>(IEnumerable<T> items) => items.OrderBy(_ => random.Next()).ToList();
        return new AssignmentInput
        {
            Classes = Shuffle(input.Classes.Select(c => c with
            {
                Participants = Shuffle(c.Participants),
                OnlineStaffIds = Shuffle(c.OnlineStaffIds),
                CurrentFacilitators = Shuffle(c.CurrentFacilitators),
            })),
            Coaches = Shuffle(input.Coaches),
            Facilitators = Shuffle(input.Facilitators.Select(f => f with { Expertise = Shuffle(f.Expertise) })),
            Agendas = Shuffle(input.Agendas),
        };
    }

    /// <summary>A proposal as text, so two proposals compare by content.</summary>
    public static string Describe(AssignmentProposal proposal) => string.Join("\n",
        proposal.Classes.Select(c =>
            $"{c.ClassId} online={c.CoachesTaughtOnline} | "
            + string.Join(" ", c.Facilitators.Select(f => $"{f.Agenda}={f.StaffId}"))
            + " | " + string.Join(" ", c.Coaches.Select(g => $"{g.CoachId}:[{string.Join(",", g.ParticipantIds)}]")))
        .Concat(proposal.Warnings.Select(w => $"warning {w.Kind} {w.ClassId} {w.Agenda} {w.Load}"))
        .Append($"coach load {proposal.CoachLoad}, facilitator load {proposal.FacilitatorLoad}"));

    /// <summary>The input as it would be after applying <paramref name="proposal"/>: its coaches and facilitators are now the current ones.</summary>
    public static AssignmentInput Applied(AssignmentInput input, AssignmentProposal proposal)
    {
        var coachOf = proposal.CoachOfParticipants.ToDictionary(a => a.ParticipantId, a => a.CoachId);
        return input with
        {
            Classes = input.Classes.Select(c => c with
            {
                Participants = c.Participants.Select(p => p with { CurrentCoachId = coachOf.TryGetValue(p.Id, out var coach) ? coach : p.CurrentCoachId }).ToList(),
                CurrentFacilitators = proposal.Classes.Single(x => x.ClassId == c.ClassId).Facilitators.Where(f => f.StaffId is not null).ToList(),
            }).ToList(),
        };
    }

    /// <summary>Participants per coach over everyone who could coach some class in the input, plus what they carry already.</summary>
    public static Dictionary<int, int> CoachLoads(AssignmentInput input, AssignmentProposal proposal)
    {
        var pool = CoachPool(input);
        return input.Coaches.Where(c => pool.Contains(c.StaffId)).ToDictionary(
            c => c.StaffId,
            c => c.OtherLoad + proposal.CoachOfParticipants.Count(a => a.CoachId == c.StaffId));
    }

    /// <summary>The coaches a class may use: those who taught it online, else all of them.</summary>
    public static IReadOnlyList<int> EligibleCoaches(AssignmentInput input, ClassToAssign kelas)
    {
        var online = input.Coaches.Select(c => c.StaffId).Where(kelas.OnlineStaffIds.Contains).ToList();
        return online.Count > 0 ? online : input.Coaches.Select(c => c.StaffId).ToList();
    }

    private static HashSet<int> CoachPool(AssignmentInput input) =>
        input.Classes.Where(c => c.Participants.Count > 0).SelectMany(c => EligibleCoaches(input, c)).ToHashSet();
}
