namespace LatsarBot.Exports;

/// <summary>
/// One export as a table: column names and rows of typed cells (text, whole numbers, decimals, dates; null for none).
/// Built once per kind (<see cref="Exports"/>) and written as CSV or XLSX by <see cref="ExportWriter"/>, so the CLI's
/// file and the console's download hold the same content.
/// </summary>
public sealed record ExportTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);
