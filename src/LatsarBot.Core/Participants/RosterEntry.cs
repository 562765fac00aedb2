namespace LatsarBot.Core.Participants;

/// <summary>A roster row that passed every rule: typed, trimmed and normalised.</summary>
public sealed record RosterEntry
{
    public required int Line { get; init; }

    public required Nip Nip { get; init; }

    public required string Name { get; init; }

    public required Role Role { get; init; }

    public string? Agency { get; init; }

    /// <summary>E.164 digits (see <see cref="PhoneNumber"/>).</summary>
    public string? Phone { get; init; }

    public string? Email { get; init; }

    /// <summary>
    /// Null when the file left it blank: a new person then gets WIB, while an existing one keeps the zone
    /// they may have corrected themselves in the bot.
    /// </summary>
    public TimeZoneCode? TimeZone { get; init; }

    /// <summary>Null when blank, for the same reason as <see cref="TimeZone"/>: a participant's own choice wins.</summary>
    public Language? Language { get; init; }

    public string? Cohort { get; init; }

    public string? Class { get; init; }

    public int? Ndh { get; init; }
}
