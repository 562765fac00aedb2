using System.Text;
using LatsarBot.Roster;

namespace LatsarBot.Tests.Roster;

/// <summary>Roster files and options for the roster tests; every test builds its own.</summary>
internal static class RosterBuilders
{
    public const string Andi = "199203042022031005";
    public const string Siti = "199411232022032011";
    public const string Wayan = "199807152023021003";
    public const string Budi = "197501012005011007";
    public const string InstitutionName = "BPSDM Provinsi Uji";
    public const string Header = "nip,name,agency,phone,email,time_zone,language,cohort,class,ndh,role";

    /// <summary>A row under <see cref="Header"/>.</summary>
    public static string Row(
        string nip, string name = "Andi Pratama", string cohort = "Angkatan I", string kelas = "Kelas A", string agency = "Pemerintah Kota Uji",
        string phone = "", string email = "", string zone = "", string language = "", string ndh = "", string role = "") =>
        string.Join(',', nip, name, agency, phone, email, zone, language, cohort, kelas, ndh, role);

    public static string Csv(params string[] lines) => string.Join("\r\n", lines) + "\r\n";

    public static MemoryStream Stream(string csv, bool bom = false) =>
        new([.. (bom ? Encoding.UTF8.Preamble.ToArray() : []), .. Encoding.UTF8.GetBytes(csv)]);

    public static RosterImportOptions Options(
        string? codesOut = null, bool dryRun = false, bool allOrNothing = false, bool newCodes = false, string institution = InstitutionName, string? contact = null) =>
        new()
        {
            Institution = institution,
            Contact = contact,
            CodesOut = codesOut,
            DryRun = dryRun,
            AllOrNothing = allOrNothing,
            NewCodes = newCodes,
        };

    /// <summary>A codes file path in a fresh folder: the file itself does not exist yet.</summary>
    public static string CodesPath() => Path.Combine(Testing.TestPaths.NewTempFolder(), "codes.csv");

    /// <summary>The codes file's rows, header first, split naively: test names hold no commas.</summary>
    public static IReadOnlyList<string[]> ReadCodes(string path) =>
        File.ReadAllLines(path, Encoding.UTF8).Where(l => l.Length > 0).Select(l => l.Split(',')).ToList();
}
