using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace LatsarBot.Sheets;

/// <summary>
/// An organiser's spreadsheet saved as CSV, read as organisers actually produce it (Excel in an Indonesian locale
/// saves with semicolons): UTF-8 with or without a BOM, ',' or ';' (whichever the header uses more), headers in any
/// case and language mapped through aliases, unknown columns ignored, and every row carrying the file line it starts on.
/// The roster, staff and plan imports all read through it; <see cref="ReadCsvOrXlsx"/> takes an XLSX workbook too.
/// </summary>
public sealed class CsvSheet
{
    private CsvSheet(IReadOnlyList<CsvSheetRow> rows) => Rows = rows;

    public IReadOnlyList<CsvSheetRow> Rows { get; }

    /// <param name="aliases">Normalised header text ("no_hp", "nama_kegiatan") to column name.</param>
    /// <param name="required">Columns the header must have.</param>
    /// <param name="example">A header to suggest when one is missing, e.g. "nip,kegiatan,output".</param>
    public static CsvSheet Read(byte[] bytes, IReadOnlyDictionary<string, string> aliases, IReadOnlyList<string> required, string example)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var text = Decode(bytes);
        var delimiter = DetectDelimiter(text);
        return FromRecords(Records(text, delimiter), aliases, required, example, (values, width) => TooManyValues(values, width, delimiter));
    }

    /// <summary>A CSV or, when the bytes are a ZIP package, an XLSX workbook's first sheet (<see cref="XlsxSheet"/>).</summary>
    public static CsvSheet ReadCsvOrXlsx(byte[] bytes, IReadOnlyDictionary<string, string> aliases, IReadOnlyList<string> required, string example)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return XlsxSheet.LooksLikeXlsx(bytes) ? XlsxSheet.Read(bytes, aliases, required, example) : Read(bytes, aliases, required, example);
    }

    /// <summary>
    /// The table out of raw records, each with the line (or spreadsheet row) it starts on: the first non-blank record is
    /// the header, blank ones are skipped.
    /// </summary>
    /// <param name="tooManyValues">Why a record with values past the header's width is broken, or null to ignore them.</param>
    internal static CsvSheet FromRecords(
        IEnumerable<(int Line, string[] Values)> records, IReadOnlyDictionary<string, string> aliases, IReadOnlyList<string> required, string example,
        Func<int, int, string>? tooManyValues)
    {
        ArgumentNullException.ThrowIfNull(aliases);
        ArgumentNullException.ThrowIfNull(required);
        Dictionary<string, int>? columns = null;
        var width = 0;
        var headerLine = 0;
        var rows = new List<CsvSheetRow>();
        foreach (var (line, record) in records)
        {
            if (record.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (columns is null)
            {
                columns = MapColumns(record, line, aliases, required, example);
                width = record.Length;
                headerLine = line;
                continue;
            }

            var values = columns.ToDictionary(c => c.Key, c => c.Value < record.Length && record[c.Value].Length > 0 ? record[c.Value] : null, StringComparer.Ordinal);
            var shifted = tooManyValues is not null && record.Skip(width).Any(v => !string.IsNullOrWhiteSpace(v));
            rows.Add(new CsvSheetRow(line, values, shifted ? tooManyValues!(record.Length, width) : null));
        }

        if (columns is null)
        {
            throw new CsvSheetException(1, $"the file is empty; the first line must be a header naming the columns, e.g. {example}");
        }

        return rows.Count == 0 ? throw new CsvSheetException(headerLine, "the file has a header but no rows under it") : new CsvSheet(rows);
    }

    private static IEnumerable<(int Line, string[] Values)> Records(string text, string delimiter)
    {
        var recordStart = 1;
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter,
            // Blank lines come through so that line numbers stay right.
            IgnoreBlankLines = false,
            TrimOptions = TrimOptions.Trim,
            BadDataFound = args => throw new CsvSheetException(recordStart, BadQuoting(args.Field)),
        };
        using var parser = new CsvParser(new StringReader(text), configuration);
        while (parser.Read())
        {
            // Fields are parsed lazily, so the record is taken (and bad quoting reported) before the next start is set.
            var record = parser.Record ?? [];
            var line = recordStart;
            recordStart = parser.RawRow + 1;
            yield return (line, record);
        }
    }

    /// <summary>"No. HP" → "no_hp", "Nilai BerAKHLAK" → "nilai_berakhlak".</summary>
    public static string Normalize(string header) =>
        string.Join('_', header.Trim().ToLowerInvariant().Replace(".", " ", StringComparison.Ordinal).Replace('-', ' ').Replace('_', ' ')
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static string Decode(byte[] bytes)
    {
        var preamble = Encoding.UTF8.Preamble;
        var start = bytes.AsSpan().StartsWith(preamble) ? preamble.Length : 0;
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            // Guessing Windows-1252 would quietly garble names; better to ask for the right export once.
            var line = bytes.AsSpan(start, Math.Clamp(e.Index, 0, bytes.Length - start)).Count((byte)'\n') + 1;
            throw new CsvSheetException(line, "the file is not UTF-8 text; in Excel use Save As > \"CSV UTF-8 (Comma delimited)\"");
        }
    }

    /// <summary>Whichever of ',' and ';' the header line uses more; header names contain neither.</summary>
    private static string DetectDelimiter(string text)
    {
        var header = text.Split('\n').FirstOrDefault(l => !string.IsNullOrWhiteSpace(l)) ?? "";
        return header.Count(c => c == ';') > header.Count(c => c == ',') ? ";" : ",";
    }

    private static Dictionary<string, int> MapColumns(string[] header, int line, IReadOnlyDictionary<string, string> aliases, IReadOnlyList<string> required, string example)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            // Unknown columns (No, Jabatan, Golongan) are the organiser's own bookkeeping: ignored, not refused.
            if (aliases.TryGetValue(Normalize(header[i]), out var column) && !columns.TryAdd(column, i))
            {
                throw new CsvSheetException(line, $"the header has two {column} columns ('{header[columns[column]]}' and '{header[i]}'); keep one");
            }
        }

        foreach (var column in required.Where(c => !columns.ContainsKey(c)))
        {
            throw new CsvSheetException(line,
                $"the header has no {column} column; the first line must name the columns, e.g. {example} (found {string.Join(", ", header.Select(h => $"'{h}'"))})");
        }

        return columns;
    }

    private static string TooManyValues(int values, int columns, string delimiter)
    {
        var example = delimiter == "," ? "\"Dr. Budi Santoso, M.Si.\"" : "\"Budi; Santoso\"";
        return $"the row has {values} values but the header has {columns} columns; a value containing '{delimiter}' must be in double quotes, e.g. {example}";
    }

    private static string BadQuoting(string field)
    {
        // A value that opens with a quote and runs over lines is an unclosed quote, not a stray one inside a value.
        var shown = field.Length > 40 ? field[..40] + "..." : field;
        return field.TrimStart().StartsWith('"') && field.Contains('\n', StringComparison.Ordinal)
            ? "a double quote opened on this line is never closed"
            : $"a value has a stray double quote ({shown.Trim()}); put the whole value in double quotes and double the quotes inside it";
    }
}
