namespace LatsarBot.Core.Actualization;

/// <summary>
/// One data row of an actualization-plan file as the organiser typed it. A cell left empty is null (the sheet
/// reader gives it so): the rules tell "not given" from "given" by null alone, as they always have.
/// <see cref="PlanValidator"/> turns it into a <see cref="PlanEntry"/> or says why it cannot.
/// </summary>
public sealed record PlanRow
{
    /// <summary>The file line the row starts on, so every verdict can point at it.</summary>
    public required int Line { get; init; }

    /// <summary>The participant's NIP.</summary>
    public string? Nip { get; init; }

    /// <summary>Kegiatan: the planned activity's title.</summary>
    public string? Activity { get; init; }

    /// <summary>The expected output (keluaran).</summary>
    public string? Output { get; init; }

    /// <summary>BerAKHLAK values, separated by ',', ';', '|' or '/'.</summary>
    public string? Values { get; init; }

    /// <summary>How the activity serves the agency's mission.</summary>
    public string? Mission { get; init; }

    public string? MentorNip { get; init; }

    public string? MentorName { get; init; }

    public string? MentorPhone { get; init; }
}
