namespace LatsarBot.Core.Participants;

/// <summary>A role as organisers write it in a spreadsheet, in English or Indonesian.</summary>
public static class RoleNames
{
    public static bool TryParse(string? text, out Role role)
    {
        Role? parsed = (text ?? "").Trim().ToLowerInvariant() switch
        {
            "participant" or "peserta" => Role.Participant,
            "coach" or "pembimbing" => Role.Coach,
            "mentor" => Role.Mentor,
            "examiner" or "penguji" => Role.Examiner,
            "organiser" or "organizer" or "penyelenggara" or "panitia" => Role.Organiser,
            "facilitator" or "fasilitator" or "widyaiswara" or "pengampu" => Role.Facilitator,
            "lan-admin" or "lan_admin" or "admin lan" => Role.LanAdmin,
            _ => null,
        };
        role = parsed ?? Role.Participant;
        return parsed is not null;
    }
}
