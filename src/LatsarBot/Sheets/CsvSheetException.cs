namespace LatsarBot.Sheets;

/// <summary>The file (CSV or XLSX) cannot be read as a table; the message names the line or spreadsheet row.</summary>
public sealed class CsvSheetException(int line, string problem) : Exception($"line {line}: {problem}")
{
    public int Line { get; } = line;
}
