namespace LatsarBot.Core.Participants;

/// <summary>Bahasa Indonesia first, English second.</summary>
public enum Language
{
    Id = 0,
    En = 1,
}

public static class Languages
{
    public static string Code(this Language language) => language == Language.En ? "en" : "id";

    public static Language? TryParse(string? code) => (code ?? "").Trim().ToLowerInvariant() switch
    {
        "id" or "in" or "id-id" or "indonesia" or "bahasa indonesia" => Language.Id,
        "en" or "en-us" or "en-gb" or "english" or "inggris" => Language.En,
        _ => null,
    };
}
