using LatsarBot.Core.Coaching;
using LatsarBot.Dialogs.Coaching;

namespace LatsarBot.Coaching;

/// <summary>What `coaching assign` prints for a proposal: per class the facilitator of each agenda and each coach's participants, the load spread and the warnings.</summary>
public static class AssignmentReport
{
    public static IReadOnlyList<string> Lines(AssignmentRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var lines = new List<string> { $"Proposal for {run.Scope}" };
        foreach (var kelas in run.Proposal.Classes)
        {
            lines.Add("");
            lines.Add($"{kelas.Name}");
            lines.Add("  facilitators:");
            lines.AddRange(kelas.Facilitators.Select(f => f.StaffId is { } id
                ? $"    Agenda {f.Agenda}: {run.StaffName(id)}"
                : $"    Agenda {f.Agenda}: — nobody with this expertise"));
            lines.Add(kelas.CoachesTaughtOnline ? "  coaches (taught this class online):" : "  coaches:");
            lines.AddRange(kelas.Coaches.Select(g =>
                $"    {run.StaffName(g.CoachId)}: {g.ParticipantIds.Count} participant(s) ({string.Join(", ", g.ParticipantIds.Select(run.ParticipantName))})"));
            if (kelas.Coaches.Count == 0)
            {
                lines.Add("    —");
            }
        }

        lines.Add("");
        if (run.Proposal.CoachLoad is { } coachLoad)
        {
            lines.Add($"coach load: min {coachLoad.Min}, max {coachLoad.Max} participants per coach");
        }

        if (run.Proposal.FacilitatorLoad is { } facilitatorLoad)
        {
            lines.Add($"facilitator load: min {facilitatorLoad.Min}, max {facilitatorLoad.Max} agendas per facilitator");
        }

        lines.AddRange(run.Proposal.Warnings.Select(w => "warning: " + Warning(run, w)));
        return lines;
    }

    private static string Warning(AssignmentRun run, AssignmentWarning warning) => warning.Kind switch
    {
        AssignmentWarningKind.NoQualifiedFacilitator => $"{run.ClassName(warning.ClassId)}: nobody has Agenda {warning.Agenda} in their expertise; it has no facilitator",
        AssignmentWarningKind.NoOnlineCoach => $"{run.ClassName(warning.ClassId)}: no coach taught this class online; coaches who did not were used",
        AssignmentWarningKind.NoCoach => $"{run.ClassName(warning.ClassId)}: there are no coaches; participants keep their current coach",
        AssignmentWarningKind.CoachLoadUneven => $"coach loads differ by more than one ({warning.Load!.Min}–{warning.Load.Max}): the coaches who taught each class online allow no better",
        AssignmentWarningKind.FacilitatorLoadUneven => $"facilitator loads differ by more than one ({warning.Load!.Min}–{warning.Load.Max}): their expertise allows no better",
        _ => warning.Kind.ToString(),
    };
}
