namespace LatsarBot.Core.Participants;

/// <summary>A coach, mentor, examiner or organiser (DOMAIN.md B.7).</summary>
public class StaffMember : Person
{
    public Role StaffRole { get; set; }

    public override Role Role => StaffRole;
}
