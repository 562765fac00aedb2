namespace LatsarBot.Sheets;

/// <summary>One data row: values by column name (null when blank or missing), and why its layout is broken, if it is.</summary>
public sealed record CsvSheetRow(int Line, IReadOnlyDictionary<string, string?> Values, string? LayoutProblem)
{
    public string? this[string column] => Values.GetValueOrDefault(column);
}
