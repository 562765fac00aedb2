using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using LatsarBot.Core.Participants;

namespace LatsarBot.Roster;

/// <summary>
/// Reads a roster CSV as organisers actually produce it: Excel in an Indonesian locale saves with
/// semicolons, headers come in English or Indonesian and in any case, and a BOM may or may not lead.
/// </summary>
public static class RosterCsvReader
{
    private const string NipColumn = "nip";
    private const string NameColumn = "name";

    // Header text is normalised first ("No. HP" -> "no_hp", "Zona Waktu" -> "zona_waktu"), then looked up here.
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["nip"] = NipColumn,
        ["name"] = NameColumn,
        ["nama"] = NameColumn,
        ["agency"] = "agency",
        ["instansi"] = "agency",
        ["phone"] = "phone",
        ["hp"] = "phone",
        ["no_hp"] = "phone",
        ["email"] = "email",
        ["e_mail"] = "email",
        ["time_zone"] = "time_zone",
        ["zona_waktu"] = "time_zone",
        ["language"] = "language",
        ["bahasa"] = "language",
        ["cohort"] = "cohort",
        ["angkatan"] = "cohort",
        ["class"] = "class",
        ["kelas"] = "class",
        ["ndh"] = "ndh",
        ["role"] = "role",
        ["peran"] = "role",
    };

    public static RosterFile Read(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var text = Decode(bytes);
        var delimiter = DetectDelimiter(text);
        var recordStart = 1;
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter,
            // Blank lines come through as records so that a record's first line is always the previous one's last + 1.
            IgnoreBlankLines = false,
            TrimOptions = TrimOptions.Trim,
            BadDataFound = args => throw new RosterFormatException(recordStart, BadQuoting(args.Field)),
        };
        using var parser = new CsvParser(new StringReader(text), configuration);

        string[]? header = null;
        var headerLine = 0;
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var rows = new List<RosterRow>();
        var layoutProblems = new Dictionary<int, RosterReason>();
        while (parser.Read())
        {
            // Fields are parsed lazily, so the record is taken (and bad quoting reported) before the next start is set.
            var record = parser.Record ?? [];
            var line = recordStart;
            recordStart = parser.RawRow + 1;
            if (record.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (header is null)
            {
                header = record;
                headerLine = line;
                columns = MapColumns(header, line);
                continue;
            }

            rows.Add(ToRow(record, columns, line));
            if (record.Skip(header.Length).Any(v => !string.IsNullOrWhiteSpace(v)))
            {
                layoutProblems[line] = TooManyValues(record.Length, header.Length, delimiter);
            }
        }

        if (header is null)
        {
            throw new RosterFormatException(1, "the file is empty; the first line must be a header naming the columns, e.g. nip,name,cohort,class");
        }

        if (rows.Count == 0)
        {
            throw new RosterFormatException(headerLine, "the file has a header but no rows under it");
        }

        return new RosterFile(rows, layoutProblems);
    }

    private static string Decode(byte[] bytes)
    {
        var preamble = Encoding.UTF8.Preamble;
        var start = bytes.AsSpan().StartsWith(preamble) ? preamble.Length : 0;
        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            // Guessing Windows-1252 would quietly garble names; better to ask for the right export once.
            var line = bytes.AsSpan(start, Math.Clamp(e.Index, 0, bytes.Length - start)).Count((byte)'\n') + 1;
            throw new RosterFormatException(line, "the file is not UTF-8 text; in Excel use Save As > \"CSV UTF-8 (Comma delimited)\"");
        }
    }

    /// <summary>Whichever of ',' and ';' the header line uses more; header names contain neither.</summary>
    private static string DetectDelimiter(string text)
    {
        var header = text.Split('\n').FirstOrDefault(l => !string.IsNullOrWhiteSpace(l)) ?? "";
        return header.Count(c => c == ';') > header.Count(c => c == ',') ? ";" : ",";
    }

    private static Dictionary<string, int> MapColumns(string[] header, int line)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            // Unknown columns (No, Jabatan, Golongan) are the organiser's own bookkeeping: ignored, not refused.
            if (!Aliases.TryGetValue(Normalize(header[i]), out var column))
            {
                continue;
            }

            if (!columns.TryAdd(column, i))
            {
                throw new RosterFormatException(line, $"the header has two {column} columns ('{header[columns[column]]}' and '{header[i]}'); keep one");
            }
        }

        foreach (var required in new[] { NipColumn, NameColumn })
        {
            if (!columns.ContainsKey(required))
            {
                var found = string.Join(", ", header.Select(h => $"'{h}'"));
                throw new RosterFormatException(line,
                    $"the header has no {required} column; the first line must name the columns, e.g. nip,name,cohort,class (found {found})");
            }
        }

        return columns;
    }

    private static string Normalize(string header)
    {
        var words = header.Trim().ToLowerInvariant().Replace(".", " ", StringComparison.Ordinal).Replace('-', ' ').Replace('_', ' ')
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join('_', words);
    }

    private static RosterRow ToRow(string[] record, Dictionary<string, int> columns, int line)
    {
        // A short row (trailing empty cells left off by hand) reads its missing cells as blank.
        string? Value(string column) => columns.TryGetValue(column, out var i) && i < record.Length ? record[i] : null;
        return new RosterRow
        {
            Line = line,
            Nip = Value(NipColumn),
            Name = Value(NameColumn),
            Agency = Value("agency"),
            Phone = Value("phone"),
            Email = Value("email"),
            TimeZone = Value("time_zone"),
            Language = Value("language"),
            Cohort = Value("cohort"),
            Class = Value("class"),
            Ndh = Value("ndh"),
            Role = Value("role"),
        };
    }

    private static RosterReason TooManyValues(int values, int columns, string delimiter)
    {
        var example = delimiter == "," ? "\"Dr. Budi Santoso, M.Si.\"" : "\"Budi; Santoso\"";
        return new RosterReason(RosterRules.RowColumns,
            $"the row has {values} values but the header has {columns} columns; a value containing '{delimiter}' must be in double quotes, e.g. {example}");
    }

    private static string BadQuoting(string field)
    {
        var shown = field.Length > 40 ? field[..40] + "..." : field;
        return field.TrimStart().StartsWith('"') && field.Contains('\n', StringComparison.Ordinal)
            ? "a double quote opened on this line is never closed"
            : $"a value has a stray double quote ({shown.Trim()}); put the whole value in double quotes and double the quotes inside it";
    }
}
