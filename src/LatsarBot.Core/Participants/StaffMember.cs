namespace LatsarBot.Core.Participants;

/// <summary>A coach, mentor, examiner or organiser (DOMAIN.md B.7).</summary>
public class StaffMember : Person
{
    public Role StaffRole { get; set; }

    public override Role Role => StaffRole;

    /// <summary>Peminatan: the agendas they can facilitate, stored as "I,III" (see Coaching.AgendaCodes); null when none.</summary>
    public string? Expertise { get; set; }
}
