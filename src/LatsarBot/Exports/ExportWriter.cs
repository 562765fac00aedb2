using System.Globalization;
using CsvHelper;
using MiniExcelLibs;

namespace LatsarBot.Exports;

/// <summary>Writes an <see cref="ExportTable"/> as CSV (invariant culture, as `mooc export` always has) or as XLSX (MiniExcel).</summary>
public static class ExportWriter
{
    public static async Task WriteAsync(ExportTable table, ExportFormat format, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (format == ExportFormat.Xlsx)
        {
            await WriteXlsxAsync(table, output, cancellationToken);
            return;
        }

        await using var writer = new StreamWriter(output, leaveOpen: true);
        await WriteCsvAsync(table, writer, cancellationToken);
    }

    public static async Task WriteCsvAsync(ExportTable table, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        await using var csv = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var column in table.Columns)
        {
            csv.WriteField(column);
        }

        await csv.NextRecordAsync();
        foreach (var row in table.Rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var cell in row)
            {
                // The runtime type's converter, so a decimal reads 70.01 and a null is an empty field, as WriteRecords wrote them;
                // dates in ISO form, the same text as in the XLSX.
                csv.WriteField(Cell(cell));
            }

            await csv.NextRecordAsync();
        }

        await csv.FlushAsync();
    }

    public static Task WriteXlsxAsync(ExportTable table, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);

        // Dictionaries keep the column order; numbers stay numbers in the sheet, so Excel can sum and sort them.
        var rows = table.Rows.Select(row =>
        {
            var cells = new Dictionary<string, object?>(table.Columns.Count, StringComparer.Ordinal);
            for (var i = 0; i < table.Columns.Count; i++)
            {
                cells[table.Columns[i]] = i < row.Count ? Cell(row[i]) : null;
            }

            return cells;
        }).ToList();
        return output.SaveAsAsync(rows, sheetName: SheetName(table.Name), excelType: ExcelType.XLSX, cancellationToken: cancellationToken);
    }

    private static object? Cell(object? value) => value switch
    {
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset instant => instant.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
        _ => value,
    };

    // Excel allows 31 characters and none of []:*?/\ in a sheet name.
    private static string SheetName(string name)
    {
        var clean = new string(name.Where(c => "[]:*?/\\".IndexOf(c, StringComparison.Ordinal) < 0).ToArray());
        return clean.Length == 0 ? "Sheet1" : clean.Length > 31 ? clean[..31] : clean;
    }
}
