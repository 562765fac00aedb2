using System.Globalization;
using MiniExcelLibs;

namespace LatsarBot.Sheets;

/// <summary>
/// The first worksheet of an XLSX workbook read as the same table as a CSV (<see cref="CsvSheet"/>): the first
/// non-blank row is the header, every row keeps its spreadsheet row number. Cells come back as Excel stored them, so
/// numbers are written out without a thousands separator or exponent where Excel kept every digit; an 18-digit NIP
/// typed into a General cell has already lost digits and comes through as 1.99001012022031E+17, which the NIP rule
/// explains.
/// </summary>
public static class XlsxSheet
{
    /// <summary>More rows than any cohort has; past it a file is a mistake (or a compressed bomb), not a roster.</summary>
    public const int MaxRows = 20_000;

    /// <summary>Columns read per row; a roster has a dozen, and a crafted cell in column XFD should not cost 16,384.</summary>
    public const int MaxColumns = 100;

    // Every XLSX is a ZIP package, which starts with a local file header.
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];

    public static bool LooksLikeXlsx(ReadOnlySpan<byte> bytes) => bytes.StartsWith(ZipMagic);

    public static CsvSheet Read(byte[] bytes, IReadOnlyDictionary<string, string> aliases, IReadOnlyList<string> required, string example)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        List<(int Line, string[] Values)> records;
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            records = Records(stream).ToList();
        }
        catch (Exception e) when (e is not CsvSheetException and not OperationCanceledException)
        {
            // The package is the uploader's: a broken ZIP, XML or shared-string table is their file's fault, not ours,
            // and what they need to hear is the same whichever of MiniExcel's exceptions it was.
            throw new CsvSheetException(1, "the file is not a readable XLSX workbook; save it again from Excel as \"Excel Workbook (*.xlsx)\", or as CSV UTF-8");
        }

        // Values past the header are a spreadsheet's stray notes, not shifted columns: there is no delimiter to get wrong.
        return CsvSheet.FromRecords(records, aliases, required, example, tooManyValues: null);
    }

    private static IEnumerable<(int Line, string[] Values)> Records(Stream stream)
    {
        var line = 0;
        foreach (IDictionary<string, object?> row in stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX))
        {
            line++;
            if (line > MaxRows + 1)
            {
                throw new CsvSheetException(line, $"the sheet has more than {MaxRows} rows; split it into several files");
            }

            yield return (line, row.Values.Take(MaxColumns).Select(Text).ToArray());
        }
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        string text => text.Trim(),
        double number when number == Math.Floor(number) && Math.Abs(number) < 1e15 => number.ToString("0", CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        DateTime date when date.TimeOfDay == TimeSpan.Zero => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime date => date.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        bool flag => flag ? "TRUE" : "FALSE",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim() ?? "",
    };
}
