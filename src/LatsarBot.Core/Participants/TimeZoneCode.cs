namespace LatsarBot.Core.Participants;

/// <summary>Indonesia's three zones; no daylight saving (DOMAIN.md glossary, WIB/WITA/WIT).</summary>
public enum TimeZoneCode
{
    Wib = 7,
    Wita = 8,
    Wit = 9,
}

public static class TimeZoneCodes
{
    public static string IanaId(this TimeZoneCode zone) => zone switch
    {
        TimeZoneCode.Wib => "Asia/Jakarta",
        TimeZoneCode.Wita => "Asia/Makassar",
        TimeZoneCode.Wit => "Asia/Jayapura",
        _ => throw new ArgumentOutOfRangeException(nameof(zone)),
    };

    public static TimeZoneInfo TimeZone(this TimeZoneCode zone) => TimeZoneInfo.FindSystemTimeZoneById(zone.IanaId());

    public static string Label(this TimeZoneCode zone) => zone.ToString().ToUpperInvariant();

    public static TimeZoneCode? TryParse(string? text) => (text ?? "").Trim().ToUpperInvariant() switch
    {
        "WIB" or "ASIA/JAKARTA" or "ASIA/PONTIANAK" or "UTC+7" or "+7" => TimeZoneCode.Wib,
        "WITA" or "ASIA/MAKASSAR" or "UTC+8" or "+8" => TimeZoneCode.Wita,
        "WIT" or "ASIA/JAYAPURA" or "UTC+9" or "+9" => TimeZoneCode.Wit,
        _ => null,
    };

    /// <summary>The participant's local wall-clock time for an instant.</summary>
    public static DateTimeOffset ToLocal(this TimeZoneCode zone, DateTimeOffset instant) =>
        instant.ToOffset(TimeSpan.FromHours((int)zone));
}
