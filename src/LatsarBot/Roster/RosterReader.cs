using LatsarBot.Core.Participants;
using LatsarBot.Sheets;

namespace LatsarBot.Roster;

/// <summary>
/// Reads a roster, CSV or XLSX (told apart by the bytes, not the file name), through the shared <see cref="CsvSheet"/>
/// (delimiter, BOM, header aliases, line or row numbers) into the raw rows the Core roster rules check. The CLI and the
/// console both read through here. A file that cannot be read as a table throws <see cref="CsvSheetException"/>
/// naming the line.
/// </summary>
public static class RosterReader
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
        var sheet = CsvSheet.ReadCsvOrXlsx(bytes, Aliases, [NipColumn, NameColumn], "nip,name,cohort,class");
        var layoutProblems = sheet.Rows
            .Where(r => r.LayoutProblem is not null)
            .ToDictionary(r => r.Line, r => new RosterReason(RosterRules.RowColumns, r.LayoutProblem!));
        return new RosterFile(sheet.Rows.Select(ToRow).ToList(), layoutProblems);
    }

    private static RosterRow ToRow(CsvSheetRow row) => new()
    {
        Line = row.Line,
        Nip = row[NipColumn],
        Name = row[NameColumn],
        Agency = row["agency"],
        Phone = row["phone"],
        Email = row["email"],
        TimeZone = row["time_zone"],
        Language = row["language"],
        Cohort = row["cohort"],
        Class = row["class"],
        Ndh = row["ndh"],
        Role = row["role"],
    };
}
