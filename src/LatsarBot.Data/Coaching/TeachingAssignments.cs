using LatsarBot.Core.Coaching;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Data.Coaching;

/// <summary>
/// Loads what <see cref="TeachingAssignment"/> needs for a cohort or a class, and writes an accepted proposal
/// (coaches on the participants, facilitator rows per agenda) into the unit of work; the caller commits.
/// Coaches are staff with the coach role; facilitators are coaches and facilitators with an expertise.
/// </summary>
public sealed class TeachingAssignments(LatsarDb db)
{
    /// <summary>A cohort by name in any case, within one institution when given (two institutions may both run "Angkatan I").</summary>
    public Task<Cohort?> CohortAsync(string name, string? institution, CancellationToken cancellationToken)
    {
        var lowered = name.Trim().ToLowerInvariant();
        var loweredInstitution = institution?.Trim().ToLowerInvariant();
        return db.Cohorts.Include(c => c.Classes).OrderBy(c => c.Id)
            .Where(c => loweredInstitution == null || c.Institution!.Name.ToLower() == loweredInstitution)
            .FirstOrDefaultAsync(c => c.Name.ToLower() == lowered, cancellationToken);
    }

    public Task<Cohort?> CohortAsync(int id, CancellationToken cancellationToken) =>
        db.Cohorts.Include(c => c.Classes).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    /// <summary>The institution's cohorts with their classes, for the organiser to pick from.</summary>
    public Task<List<Cohort>> CohortsAsync(int institutionId, CancellationToken cancellationToken) =>
        db.Cohorts.Include(c => c.Classes).Where(c => c.InstitutionId == institutionId).OrderBy(c => c.Id).ToListAsync(cancellationToken);

    public async Task<AssignmentRun> ProposeAsync(Cohort cohort, TrainingClass? onlyClass, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var cohortClassIds = cohort.Classes.Select(c => c.Id).ToList();
        var scope = (onlyClass is null ? cohort.Classes : [onlyClass]).OrderBy(c => c.Id).ToList();
        var scopeIds = scope.Select(c => c.Id).ToList();
        var participants = await db.Participants.Where(p => cohortClassIds.Contains(p.ClassId)).ToListAsync(cancellationToken);
        var staff = await db.Staff.Where(s => s.InstitutionId == cohort.InstitutionId).ToListAsync(cancellationToken);
        var online = await db.ClassTeachings.Where(t => scopeIds.Contains(t.ClassId) && t.Stage == TeachingStage.Online).ToListAsync(cancellationToken);
        var facilitating = await db.FacilitatorAssignments.Where(a => cohortClassIds.Contains(a.ClassId)).ToListAsync(cancellationToken);

        // Load outside the run (other classes of the cohort) counts, so a class run after another stays fair.
        var outside = participants.Where(p => !scopeIds.Contains(p.ClassId) && p.CoachId is not null).GroupBy(p => p.CoachId!.Value).ToDictionary(g => g.Key, g => g.Count());
        var outsideSlots = facilitating.Where(a => !scopeIds.Contains(a.ClassId)).GroupBy(a => a.StaffId).ToDictionary(g => g.Key, g => g.Count());
        var input = new AssignmentInput
        {
            Classes = scope.Select(c => new ClassToAssign(
                c.Id,
                c.Name,
                participants.Where(p => p.ClassId == c.Id).Select(p => new ParticipantToAssign(p.Id, p.Nip?.Value, p.Name, p.Ndh, p.CoachId)).ToList(),
                online.Where(t => t.ClassId == c.Id).Select(t => t.StaffId).Distinct().ToList())
            {
                CurrentFacilitators = facilitating.Where(a => a.ClassId == c.Id).Select(a => new AgendaFacilitator(a.Agenda, a.StaffId)).ToList(),
            }).ToList(),
            Coaches = staff.Where(s => s.StaffRole == Role.Coach)
                .Select(s => new CoachCandidate(s.Id, s.Name, outside.GetValueOrDefault(s.Id))).ToList(),
            Facilitators = staff.Where(s => s.StaffRole is Role.Coach or Role.Facilitator && !string.IsNullOrEmpty(s.Expertise))
                .Select(s => new FacilitatorCandidate(s.Id, s.Name, AgendaCodes.ParseList(s.Expertise).Codes, outsideSlots.GetValueOrDefault(s.Id))).ToList(),
        };
        return new AssignmentRun(cohort, onlyClass, TeachingAssignment.Propose(input), staff.ToDictionary(s => s.Id), participants.ToDictionary(p => p.Id));
    }

    /// <summary>Sets every proposed coach and replaces the facilitator rows of the classes in the run.</summary>
    public async Task ApplyAsync(AssignmentRun run, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        foreach (var (participantId, coachId) in run.Proposal.CoachOfParticipants)
        {
            run.Participants[participantId].CoachId = coachId;
        }

        var classIds = run.Proposal.Classes.Select(c => c.ClassId).ToList();
        var existing = await db.FacilitatorAssignments.Where(a => classIds.Contains(a.ClassId)).ToListAsync(cancellationToken);
        foreach (var kelas in run.Proposal.Classes)
        {
            foreach (var slot in kelas.Facilitators)
            {
                // Updated in place: a delete and an insert of the same (class, agenda) would race the unique index.
                var row = existing.FirstOrDefault(a => a.ClassId == kelas.ClassId && a.Agenda == slot.Agenda);
                if (slot.StaffId is not { } staffId)
                {
                    if (row is not null)
                    {
                        db.FacilitatorAssignments.Remove(row);
                    }
                }
                else if (row is null)
                {
                    db.FacilitatorAssignments.Add(new FacilitatorAssignment { ClassId = kelas.ClassId, Agenda = slot.Agenda, StaffId = staffId, AssignedAt = now });
                }
                else if (row.StaffId != staffId)
                {
                    row.StaffId = staffId;
                    row.AssignedAt = now;
                }
            }
        }
    }
}
