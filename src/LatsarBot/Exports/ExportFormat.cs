namespace LatsarBot.Exports;

public enum ExportFormat
{
    Csv,
    Xlsx,
}

public static class ExportFormats
{
    public static string Extension(this ExportFormat format) => format == ExportFormat.Xlsx ? "xlsx" : "csv";

    public static string ContentType(this ExportFormat format) => format == ExportFormat.Xlsx
        ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        : "text/csv; charset=utf-8";

    public static ExportFormat? TryParse(string? text) => (text ?? "").Trim().ToLowerInvariant() switch
    {
        "csv" => ExportFormat.Csv,
        "xlsx" => ExportFormat.Xlsx,
        _ => null,
    };

    /// <summary>The format a file name asks for: .xlsx is XLSX, anything else CSV.</summary>
    public static ExportFormat OfPath(string? path) =>
        string.Equals(Path.GetExtension(path), ".xlsx", StringComparison.OrdinalIgnoreCase) ? ExportFormat.Xlsx : ExportFormat.Csv;
}
