namespace LatsarBot.Core.Participants;

/// <summary>
/// What a member of staff may see in the console (DOMAIN.md B.7, issue 15 item 2): a LAN admin every institution, an
/// organiser their own institution, a coach only the participants they coach. Other staff (facilitator, examiner,
/// mentor) sign in but see no participant yet. The host shapes every console query with this one rule.
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
