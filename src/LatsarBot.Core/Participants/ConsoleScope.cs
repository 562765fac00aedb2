namespace LatsarBot.Core.Participants;

/// <summary>
/// What a member of staff may see in the console (DOMAIN.md B.7, issue 15 item 2): a LAN admin every institution, an
/// organiser their own institution, a coach only the participants they coach. A mentor sees their mentees, a facilitator
/// or examiner the classes they are appointed to (<see cref="ClassStaff"/>): those depend on rows, so the host's
/// ConsoleAccess queries hold them; <see cref="CanSeeParticipant"/> answers for the roles that need no appointment.
/// </summary>
public sealed record ConsoleScope(int StaffId, Role Role, int InstitutionId)
{
    public bool SeesEveryInstitution => Role == Role.LanAdmin;

    public bool CanSeeInstitution(int institutionId) =>
        Role == Role.LanAdmin || (Role is Role.Organiser or Role.Coach && institutionId == InstitutionId);

    public bool CanSeeParticipant(int institutionId, int? coachId) => Role switch
    {
        Role.LanAdmin => true,
        Role.Organiser => institutionId == InstitutionId,
        Role.Coach => coachId == StaffId,
        _ => false,
    };
}
