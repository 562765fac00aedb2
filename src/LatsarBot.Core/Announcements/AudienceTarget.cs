using LatsarBot.Core.Participants;

namespace LatsarBot.Core.Announcements;

/// <summary>
/// An audience as an organiser names it on the command line: "all", "cohort:NAME", "class:COHORT/NAME",
/// "role:participant|coach|mentor". Names are resolved against the database later.
/// </summary>
public sealed record AudienceTarget(AudienceKind Kind, string? Cohort = null, string? Class = null, Role? Role = null)
{
    public static AudienceTarget? TryParse(string? text)
    {
        var spec = (text ?? "").Trim();
        if (spec.Equals("all", StringComparison.OrdinalIgnoreCase) || spec.Equals("semua", StringComparison.OrdinalIgnoreCase))
        {
            return new AudienceTarget(AudienceKind.All);
        }

        var colon = spec.IndexOf(':');
        if (colon <= 0)
        {
            return null;
        }

        var value = spec[(colon + 1)..].Trim();
        switch (spec[..colon].Trim().ToLowerInvariant())
        {
            case "cohort" or "angkatan" when value.Length > 0:
                return new AudienceTarget(AudienceKind.Cohort, Cohort: value);
            case "class" or "kelas":
                var slash = value.LastIndexOf('/');
                return slash > 0 && slash < value.Length - 1
                    ? new AudienceTarget(AudienceKind.Class, Cohort: value[..slash].Trim(), Class: value[(slash + 1)..].Trim())
                    : null;
            case "role" or "peran":
                return RoleOf(value) is { } role ? new AudienceTarget(AudienceKind.Role, Role: role) : null;
            default:
                return null;
        }
    }

    /// <summary>The roles an announcement can be addressed to.</summary>
    public static Role? RoleOf(string text) => text.Trim().ToLowerInvariant() switch
    {
        "participant" or "participants" or "peserta" => Participants.Role.Participant,
        "coach" or "coaches" => Participants.Role.Coach,
        "mentor" or "mentors" => Participants.Role.Mentor,
        _ => null,
    };
}
