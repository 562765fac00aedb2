using LatsarBot.Bot.Pipeline;
using LatsarBot.Core.Coaching;

namespace LatsarBot.Dialogs.Coaching;

/// <summary>A proposal as one chat message in the organiser's language.</summary>
public static class AssignmentView
{
    public static string Proposal(Turn turn, AssignmentRun run)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(run);
        var lines = new List<string> { turn.Text(CoachingMsg.Title, ("scope", run.Scope)) };
        foreach (var kelas in run.Proposal.Classes)
        {
            lines.Add("");
            lines.Add(turn.Text(CoachingMsg.Class, ("class", kelas.Name)));
            lines.Add(turn.Text(CoachingMsg.Facilitators));
            lines.AddRange(kelas.Facilitators.Select(f => f.StaffId is { } id
                ? turn.Text(CoachingMsg.Facilitator, ("agenda", f.Agenda), ("name", run.StaffName(id)))
                : turn.Text(CoachingMsg.FacilitatorNone, ("agenda", f.Agenda))));
            lines.Add(turn.Text(kelas.CoachesTaughtOnline ? CoachingMsg.CoachesOnline : CoachingMsg.Coaches));
            lines.AddRange(kelas.Coaches.Select(g => turn.Text(CoachingMsg.Coach,
                ("name", run.StaffName(g.CoachId)), ("count", g.ParticipantIds.Count), ("participants", string.Join(", ", g.ParticipantIds.Select(run.ParticipantName))))));
            if (kelas.Coaches.Count == 0)
            {
                lines.Add(turn.Text(CoachingMsg.CoachNone));
            }
        }

        lines.Add("");
        if (run.Proposal.CoachLoad is { } coach)
        {
            lines.Add(turn.Text(CoachingMsg.CoachLoad, ("min", coach.Min), ("max", coach.Max)));
        }

        if (run.Proposal.FacilitatorLoad is { } facilitator)
        {
            lines.Add(turn.Text(CoachingMsg.FacilitatorLoad, ("min", facilitator.Min), ("max", facilitator.Max)));
        }

        lines.AddRange(run.Proposal.Warnings.Select(w => Warning(turn, run, w)));
        return string.Join("\n", lines);
    }

    private static string Warning(Turn turn, AssignmentRun run, AssignmentWarning warning) => warning.Kind switch
    {
        AssignmentWarningKind.NoQualifiedFacilitator => turn.Text(CoachingMsg.WarningNoFacilitator, ("class", run.ClassName(warning.ClassId)), ("agenda", warning.Agenda)),
        AssignmentWarningKind.NoOnlineCoach => turn.Text(CoachingMsg.WarningNoOnlineCoach, ("class", run.ClassName(warning.ClassId))),
        AssignmentWarningKind.NoCoach => turn.Text(CoachingMsg.WarningNoCoach, ("class", run.ClassName(warning.ClassId))),
        AssignmentWarningKind.CoachLoadUneven => turn.Text(CoachingMsg.WarningCoachUneven, ("min", warning.Load!.Min), ("max", warning.Load.Max)),
        _ => turn.Text(CoachingMsg.WarningFacilitatorUneven, ("min", warning.Load!.Min), ("max", warning.Load.Max)),
    };
}
