using System.Globalization;
using MiniExcelLibs;

namespace LatsarBot.Testing.StaffConsole;

/// <summary>Roster spreadsheets for the import tests: an XLSX (or CSV) with the Indonesian headers organisers use.</summary>
public static class RosterWorkbook
{
    public static readonly string[] Header = ["nip", "nama", "instansi", "hp"];

    /// <summary>A valid NIP per number (born 3 March of <paramref name="year"/>, appointed March 2022, male), unlike any demo NIP.</summary>
    public static string Nip(int number, int year = 1996) =>
        $"{year}0303" + "202203" + "1" + number.ToString("000", CultureInfo.InvariantCulture);

    /// <summary><paramref name="count"/> good rows; the row numbers listed (spreadsheet rows, the header being row 1) made bad.</summary>
    public static List<string?[]> Rows(int count, int year = 1996, params int[] badSheetRows)
    {
        var rows = new List<string?[]>();
        for (var i = 1; i <= count; i++)
        {
            var sheetRow = i + 1;
            string?[] row = [Nip(i, year), $"Peserta Impor {i:00}", "Dinas Contoh", "0812 3456 7" + i.ToString("000", CultureInfo.InvariantCulture)];
            rows.Add(Array.IndexOf(badSheetRows, sheetRow) switch
            {
                0 => [row[0]![..17], row[1], row[2], row[3]],      // NIP one digit short: nip.length
                1 => [row[0], row[1], row[2], "12345"],            // phone.invalid
                2 => [row[0], null, row[2], row[3]],               // name.required
                _ => row,
            });
        }

        return rows;
    }

    /// <param name="cohortAndClass">Angkatan and kelas columns for every row; without them the console puts rows in the class it imports into.</param>
    public static byte[] Xlsx(IEnumerable<string?[]> rows, (string Cohort, string Class)? cohortAndClass = null)
    {
        var sheet = rows.Select(r =>
        {
            var cells = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var c = 0; c < Header.Length; c++)
            {
                cells[Header[c]] = r[c];
            }

            if (cohortAndClass is { } group)
            {
                (cells["angkatan"], cells["kelas"]) = (group.Cohort, group.Class);
            }

            return cells;
        }).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(sheet, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    public static byte[] Csv(IEnumerable<string?[]> rows) =>
        System.Text.Encoding.UTF8.GetBytes(string.Join('\n', new[] { string.Join(',', Header) }.Concat(rows.Select(r => string.Join(',', r)))) + "\n");

    /// <summary>Reads an XLSX back as rows of text (header first), the way an organiser's Excel shows it.</summary>
    public static List<List<string>> Read(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx);
        return stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>()
            .Select(r => r.Values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "").ToList()).ToList();
    }
}
