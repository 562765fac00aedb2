namespace LatsarBot.Core.Schedule;

/// <summary>The dated phases of Latsar (DOMAIN.md A.1, A.15), in their order.</summary>
public enum Phase
{
    Mooc = 1,
    Online = 2,
    Actualization = 3,
    Classical = 4,
    Graduation = 5,
}

public static class Phases
{
    /// <summary>The names used in the CLI, the CSV import and content/reminders.yaml.</summary>
    public static string Code(this Phase phase) => phase switch
    {
        Phase.Mooc => "mooc",
        Phase.Online => "online",
        Phase.Actualization => "actualization",
        Phase.Classical => "classical",
        Phase.Graduation => "graduation",
        _ => throw new ArgumentOutOfRangeException(nameof(phase)),
    };

    public static Phase? TryParse(string? text) => (text ?? "").Trim().ToLowerInvariant() switch
    {
        "mooc" => Phase.Mooc,
        "online" or "daring" => Phase.Online,
        "actualization" or "aktualisasi" => Phase.Actualization,
        "classical" or "klasikal" => Phase.Classical,
        "graduation" or "kelulusan" => Phase.Graduation,
        _ => null,
    };
}
