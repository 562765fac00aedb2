namespace LatsarBot.Core.Participants;

/// <summary>DOMAIN.md B.7. An organiser is the training institution's admin.</summary>
public enum Role
{
    Participant = 0,
    Coach = 1,
    Mentor = 2,
    Examiner = 3,
    Organiser = 4,

    /// <summary>Fasilitator, pengampu or widyaiswara: teaches agendas (DOMAIN.md A.7); may also coach.</summary>
    Facilitator = 5,

    /// <summary>Staff of LAN (the policy owner, DOMAIN.md B.7) who oversee every institution in the console.</summary>
    LanAdmin = 6,
}
