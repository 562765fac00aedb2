namespace LatsarBot.Core.Participants;

/// <summary>
/// "Menetapkan tenaga pelatihan" (DOMAIN.md A.3): a member of staff appointed to a class in a role (coach, facilitator,
/// examiner or mentor). It is what a facilitator or examiner sees in the console; coaches and mentors see their own
/// participants whatever class they are in (Participant.CoachId, Participant.MentorId) and also the classes they are appointed to.
/// </summary>
public class ClassStaff
{
    public int Id { get; set; }

    public int ClassId { get; set; }

    public int StaffId { get; set; }

    public StaffMember? Staff { get; set; }

    public Role Role { get; set; }

    /// <summary>The roles a class can be staffed with.</summary>
    public static readonly IReadOnlyList<Role> Roles = [Participants.Role.Coach, Participants.Role.Facilitator, Participants.Role.Examiner, Participants.Role.Mentor];
}
