using System.Security.Cryptography;
using System.Text;
using LatsarBot.Core.Coaching;
using LatsarBot.Core.Participants;

namespace LatsarBot.Core.Coaching;

/// <summary>A proposal for one cohort (or one class of it), with the people it names, ready to show or apply.</summary>
public sealed record AssignmentRun(
    Cohort Cohort,
    TrainingClass? OnlyClass,
    AssignmentProposal Proposal,
    IReadOnlyDictionary<int, StaffMember> Staff,
    IReadOnlyDictionary<int, Participant> Participants)
{
    public string StaffName(int id) => Staff.TryGetValue(id, out var s) ? s.Name : $"#{id}";

    public string ParticipantName(int id) => Participants.TryGetValue(id, out var p) ? p.Name : $"#{id}";

    public string ClassName(int? classId) => Proposal.Classes.FirstOrDefault(c => c.ClassId == classId)?.Name ?? "";

    /// <summary>The cohort, or "cohort / class" when the run is for one class.</summary>
    public string Scope => OnlyClass is null ? Cohort.Name : $"{Cohort.Name} / {OnlyClass.Name}";

    public int FacilitatedAgendas => Proposal.Classes.Sum(c => c.Facilitators.Count(f => f.StaffId is not null));

    /// <summary>
    /// Names what would be written, so a confirmation given to one proposal is not applied to a different one
    /// computed after the data changed in between.
    /// </summary>
    public string Fingerprint()
    {
        var text = string.Join(";", Proposal.Classes.Select(c =>
            $"{c.ClassId}:{string.Join(",", c.Facilitators.Select(f => $"{f.Agenda}={f.StaffId}"))}:"
            + string.Join(",", c.Coaches.Select(g => $"{g.CoachId}=[{string.Join(" ", g.ParticipantIds)}]"))));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }
}
