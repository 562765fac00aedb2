using System.Globalization;
using System.Text;
using LatsarBot.Core.Participants;

namespace LatsarBot.StaffConsole.Progress;

/// <summary>
/// The class table's filters and sort, all in the query string so they work as plain links and GET forms (no script),
/// can be bookmarked and shared: trofi_lt, posttest=belum|lulus, hari_lt, menunggu=1, aktif_sebelum=YYYY-MM-DD,
/// kanal=webchat|telegram|whatsapp|…, urut=kolom, arah=naik|turun. Unreadable values are reported, never guessed.
/// </summary>
public sealed record ClassFilter(
    int? TrophiesBelow = null,
    bool? PostTestPassed = null,
    int? DaysBelow = null,
    bool WaitingOnly = false,
    DateOnly? ActiveBefore = null,
    string? Channel = null,
    string Sort = ClassFilter.SortNdh,
    bool Descending = false)
{
    public const string SortNdh = "ndh";
    public const string SortName = "nama";
    public const string SortTrophies = "trofi";
    public const string SortStars = "bintang";
    public const string SortAttempts = "percobaan";
    public const string SortScore = "nilai";
    public const string SortDays = "hari";
    public const string SortLastActive = "aktif";

    public static readonly IReadOnlyList<string> Sorts = [SortNdh, SortName, SortTrophies, SortStars, SortAttempts, SortScore, SortDays, SortLastActive];

    /// <summary>The saved filter "fewer than 28 trophies, 3 days before the MOOC closes": 28 is the MOOC's trophy minimum (DOMAIN.md A.5).</summary>
    public const string SavedMoocStragglers = "mooc3";

    public const int StragglerTrophies = 28;

    public const int StragglerDaysBeforeClose = 3;

    public bool IsEmpty => TrophiesBelow is null && PostTestPassed is null && DaysBelow is null && !WaitingOnly && ActiveBefore is null && Channel is null;

    public static (ClassFilter Filter, IReadOnlyList<string> Problems) Parse(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var problems = new List<string>();
        int? Number(string name)
        {
            var text = query[name].ToString().Trim();
            if (text.Length == 0)
            {
                return null;
            }

            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 10_000)
            {
                return value;
            }

            problems.Add($"{name}: '{text}'");
            return null;
        }

        var filter = new ClassFilter(TrophiesBelow: Number("trofi_lt"), DaysBelow: Number("hari_lt"));
        if (query["simpan"].ToString() == SavedMoocStragglers)
        {
            filter = filter with { TrophiesBelow = StragglerTrophies };
        }

        filter = query["posttest"].ToString() switch
        {
            "" => filter,
            "belum" => filter with { PostTestPassed = false },
            "lulus" => filter with { PostTestPassed = true },
            var other => Problem(filter, problems, $"posttest: '{other}'"),
        };
        filter = filter with { WaitingOnly = query["menunggu"].ToString() is "1" or "ya" };
        var before = query["aktif_sebelum"].ToString().Trim();
        if (before.Length > 0)
        {
            filter = DateOnly.TryParseExact(before, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? filter with { ActiveBefore = date }
                : Problem(filter, problems, $"aktif_sebelum: '{before}'");
        }

        var channel = query["kanal"].ToString().Trim().ToLowerInvariant();
        if (channel.Length > 0)
        {
            filter = channel.Length <= 20 && channel.All(char.IsAsciiLetterOrDigit) ? filter with { Channel = channel } : Problem(filter, problems, $"kanal: '{channel}'");
        }

        var sort = query["urut"].ToString();
        if (sort.Length > 0)
        {
            filter = Sorts.Contains(sort) ? filter with { Sort = sort } : Problem(filter, problems, $"urut: '{sort}'");
        }

        return (filter with { Descending = query["arah"].ToString() == "turun" }, problems);
    }

    private static ClassFilter Problem(ClassFilter filter, List<string> problems, string problem)
    {
        problems.Add(problem);
        return filter;
    }

    /// <summary>The rows that pass every filter set, in the chosen order. <paramref name="zone"/> says which day "before" means.</summary>
    public IReadOnlyList<ProgressRow> Apply(IEnumerable<ProgressRow> rows, TimeZoneCode zone)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var kept = rows.Where(r =>
            (TrophiesBelow is not { } t || r.Row.Mooc.Trophies < t)
            && (PostTestPassed is not { } passed || r.PostTestPassed == passed)
            && (DaysBelow is not { } d || r.Row.ActualizationDays < d)
            && (!WaitingOnly || r.ReplyWaiting)
            && (ActiveBefore is not { } day || r.Row.LastActive is null || DateOnly.FromDateTime(zone.ToLocal(r.Row.LastActive.Value).DateTime) < day)
            && (Channel is null || string.Equals(r.Channel, Channel, StringComparison.Ordinal)));
        Func<ProgressRow, IComparable?> key = Sort switch
        {
            SortName => r => r.Row.Mooc.Name,
            SortTrophies => r => r.Row.Mooc.Trophies,
            SortStars => r => r.Row.Mooc.Stars,
            SortAttempts => r => r.Row.Mooc.PostTestAttempts,
            SortScore => r => r.Row.Mooc.AcademicScore,
            SortDays => r => r.Row.ActualizationDays,
            SortLastActive => r => r.Row.LastActive,
            _ => r => r.Row.Ndh,
        };
        var ordered = Descending ? kept.OrderByDescending(key) : kept.OrderBy(key);
        return ordered.ThenBy(r => r.Row.Mooc.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>This filter as a query string (starting with "?", or empty), with the sort replaced when given.</summary>
    public string Query(string? sort = null, bool? descending = null)
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }

        Add("trofi_lt", TrophiesBelow?.ToString(CultureInfo.InvariantCulture));
        Add("posttest", PostTestPassed switch { true => "lulus", false => "belum", _ => null });
        Add("hari_lt", DaysBelow?.ToString(CultureInfo.InvariantCulture));
        Add("menunggu", WaitingOnly ? "1" : null);
        Add("aktif_sebelum", ActiveBefore?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("kanal", Channel);
        var s = sort ?? Sort;
        Add("urut", s == SortNdh ? null : s);
        Add("arah", (descending ?? Descending) ? "turun" : null);
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    /// <summary>A readable summary of what is filtered, in Indonesian.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        void Add(string part) => text.Append(text.Length == 0 ? "" : ", ").Append(part);
        if (TrophiesBelow is { } t)
        {
            Add($"trofi < {t}");
        }

        if (PostTestPassed is { } p)
        {
            Add(p ? "post test lulus" : "post test belum lulus");
        }

        if (DaysBelow is { } d)
        {
            Add($"hari tercatat < {d}");
        }

        if (WaitingOnly)
        {
            Add("menunggu balasan coach");
        }

        if (ActiveBefore is { } a)
        {
            Add($"terakhir aktif sebelum {a:yyyy-MM-dd}");
        }

        if (Channel is not null)
        {
            Add($"kanal {Channel}");
        }

        return text.ToString();
    }
}
