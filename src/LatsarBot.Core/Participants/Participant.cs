namespace LatsarBot.Core.Participants;

/// <summary>A CPNS in Latsar (DOMAIN.md B.7, "Peserta").</summary>
public class Participant : Person
{
    public override Role Role => Role.Participant;

    public int ClassId { get; set; }

    public TrainingClass? Class { get; set; }

    /// <summary>Instansi asal: the home agency.</summary>
    public string? Agency { get; set; }

    /// <summary>Nomor Daftar Hadir: the roll number in the class.</summary>
    public int? Ndh { get; set; }

    public int? CoachId { get; set; }

    public StaffMember? Coach { get; set; }

    public int? MentorId { get; set; }

    public StaffMember? Mentor { get; set; }
}
