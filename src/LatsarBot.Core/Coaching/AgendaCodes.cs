namespace LatsarBot.Core.Coaching;

/// <summary>
/// The agendas a facilitator teaches (DOMAIN.md B.4): I Sikap Perilaku Bela Negara, II Nilai-Nilai Dasar PNS
/// (BerAKHLAK), III Smart ASN / Manajemen ASN, IV Habituasi. Organisers write them as "I", "2", "Agenda III";
/// stored as the roman numeral.
/// </summary>
public static class AgendaCodes
{
    public static IReadOnlyList<string> All { get; } = ["I", "II", "III", "IV"];

    public static bool TryParse(string? text, out string code)
    {
        var word = (text ?? "").Trim().ToUpperInvariant().Replace("AGENDA", "", StringComparison.Ordinal).Trim(' ', '-', '_', '.');
        code = word switch
        {
            "I" or "1" => "I",
            "II" or "2" => "II",
            "III" or "3" => "III",
            "IV" or "4" => "IV",
            _ => "",
        };
        return code.Length > 0;
    }

    /// <summary>A list such as "I, III" or "1|2": the codes in agenda order, and the words that are no agenda.</summary>
    public static (IReadOnlyList<string> Codes, IReadOnlyList<string> Unknown) ParseList(string? text)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var unknown = new List<string>();
        foreach (var word in (text ?? "").Split([',', ';', '|', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (TryParse(word, out var code))
            {
                codes.Add(code);
            }
            else
            {
                unknown.Add(word);
            }
        }

        return (All.Where(codes.Contains).ToList(), unknown);
    }

    /// <summary>The stored form of a set of codes: "I,III".</summary>
    public static string Join(IEnumerable<string> codes) => string.Join(',', All.Where(codes.Contains));
}
