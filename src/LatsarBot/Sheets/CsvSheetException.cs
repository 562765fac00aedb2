namespace LatsarBot.Sheets;

/// <summary>The file cannot be read as a table; the message names the line.</summary>
public sealed class CsvSheetException(int line, string problem) : Exception($"line {line}: {problem}")
{
    public int Line { get; } = line;
}
