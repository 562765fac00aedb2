namespace LatsarBot.Core.Participants;

/// <summary>
/// One data row of a roster file as the organiser typed it: raw text, nothing checked yet.
/// <see cref="RosterValidator"/> turns it into a <see cref="RosterEntry"/> or says why it cannot.
/// </summary>
public sealed record RosterRow
{
    /// <summary>The file line the row starts on, so every verdict can point at it.</summary>
    public required int Line { get; init; }

    public string? Nip { get; init; }

    public string? Name { get; init; }

    /// <summary>Instansi asal.</summary>
    public string? Agency { get; init; }

    public string? Phone { get; init; }

    public string? Email { get; init; }

    public string? TimeZone { get; init; }

    public string? Language { get; init; }

    /// <summary>Angkatan.</summary>
    public string? Cohort { get; init; }

    /// <summary>Kelas.</summary>
    public string? Class { get; init; }

    /// <summary>Nomor Daftar Hadir.</summary>
    public string? Ndh { get; init; }

    public string? Role { get; init; }
}
