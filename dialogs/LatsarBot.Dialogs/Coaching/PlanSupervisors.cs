using LatsarBot.Bot.Pipeline;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Dialogs.Coaching;

/// <summary>The two people behind a participant's actualization (DOMAIN.md B.7): the mentor (direct superior, with their phone when known) and the coach.</summary>
public sealed class PlanSupervisors(LatsarDb db)
{
    public async Task<string> LinesAsync(Turn turn, Participant participant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(participant);
        var ids = new[] { participant.MentorId, participant.CoachId }.OfType<int>().ToList();
        var staff = await db.Staff.Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var mentor = participant.MentorId is { } m ? staff.GetValueOrDefault(m) : null;
        var coach = participant.CoachId is { } c ? staff.GetValueOrDefault(c) : null;
        var mentorLine = mentor is null ? turn.Text(CoachingMsg.PlanMentorNone)
            : mentor.Phone is { } phone ? turn.Text(CoachingMsg.PlanMentorPhone, ("name", mentor.Name), ("phone", "+" + phone))
            : turn.Text(CoachingMsg.PlanMentor, ("name", mentor.Name));
        var coachLine = coach is null ? turn.Text(CoachingMsg.PlanCoachNone) : turn.Text(CoachingMsg.PlanCoach, ("name", coach.Name));
        return mentorLine + "\n" + coachLine;
    }
}
