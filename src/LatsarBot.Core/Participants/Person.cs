namespace LatsarBot.Core.Participants;

/// <summary>
/// Anyone who talks to the bot: a participant or a member of staff. Everyone logs in the same way,
/// by NIP bound to a channel identity, so the shared part lives here.
/// </summary>
public abstract class Person
{
    public int Id { get; set; }

    public int InstitutionId { get; set; }

    public Institution? Institution { get; set; }

    /// <summary>18-digit NIP; null only for staff from outside the civil service.</summary>
    public Nip? Nip { get; set; }

    public required string Name { get; set; }

    /// <summary>Normalised E.164 digits (see <see cref="PhoneNumber"/>).</summary>
    public string? Phone { get; set; }

    public string? Email { get; set; }

    public TimeZoneCode TimeZone { get; set; } = TimeZoneCode.Wib;

    public Language Language { get; set; } = Language.Id;

    public abstract Role Role { get; }

    /// <summary>SHA-256 of the one-time enrolment code (see <see cref="EnrolmentCode"/>); null once used.</summary>
    public string? EnrolmentCodeHash { get; set; }

    public int FailedCodeAttempts { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    public DateTimeOffset? ProfileConfirmedAt { get; set; }

    /// <summary>
    /// Concurrency token, bumped on every change: two turns of one person in different chats (wrong enrolment
    /// codes from two devices, say) cannot both write a stale count; the later one runs again.
    /// </summary>
    public uint Version { get; set; }
}
