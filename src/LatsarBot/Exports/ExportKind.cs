namespace LatsarBot.Exports;

/// <summary>What can be exported (issue 15, item 6); the slug is the console's URL segment and the CLI's argument.</summary>
public enum ExportKind
{
    /// <summary>The Evaluasi 1 (MOOC) record, the same as `mooc export`.</summary>
    Evaluasi1,

    /// <summary>
    /// Attendance as the bot records it: no roll is taken anywhere yet, so it is each participant's days active with the
    /// bot (in their own zone), first and last active, and actualization days logged.
    /// </summary>
    Attendance,

    /// <summary>The 30-day actualization: plan, days logged, entries, evidence, reviews, RTL.</summary>
    Actualization,
}

public static class ExportKinds
{
    public static string Slug(this ExportKind kind) => kind switch
    {
        ExportKind.Evaluasi1 => "evaluasi1",
        ExportKind.Attendance => "kehadiran",
        _ => "aktualisasi",
    };

    public static ExportKind? TryParse(string? slug) => (slug ?? "").Trim().ToLowerInvariant() switch
    {
        "evaluasi1" or "mooc" => ExportKind.Evaluasi1,
        "kehadiran" or "attendance" => ExportKind.Attendance,
        "aktualisasi" or "actualization" => ExportKind.Actualization,
        _ => null,
    };
}
