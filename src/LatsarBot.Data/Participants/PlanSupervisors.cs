using LatsarBot.Core.Participants;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Data.Participants;

/// <summary>The two people behind a participant's actualization (DOMAIN.md B.7): the mentor (direct superior) and the coach, read in one query.</summary>
public sealed class PlanSupervisors(LatsarDb db)
{
    public async Task<(StaffMember? Mentor, StaffMember? Coach)> OfAsync(Participant participant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(participant);
        var ids = new[] { participant.MentorId, participant.CoachId }.OfType<int>().ToList();
        var staff = await db.Staff.Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        return (participant.MentorId is { } m ? staff.GetValueOrDefault(m) : null, participant.CoachId is { } c ? staff.GetValueOrDefault(c) : null);
    }
}
