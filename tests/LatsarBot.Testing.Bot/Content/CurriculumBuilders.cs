using LatsarBot.Content;
using LatsarBot.Testing;

namespace LatsarBot.Testing.Content;

/// <summary>
/// A private copy of content/ that a curriculum test may break, plus small YAML fixtures with known line numbers.
/// File names are relative to content/ and '/'-separated, as the check reports them ("content/" + file).
/// </summary>
public sealed class CurriculumCopy
{
    private CurriculumCopy(string root) => Root = root;

    public string Root { get; }

    public static CurriculumCopy OfShippedContent() => new(TestPaths.CopyOfContent());

    /// <summary>A content folder with only the given files (no messages): for calling the loaders directly.</summary>
    public static CurriculumCopy Empty() => new(TestPaths.NewTempFolder());

    public static string Shown(string file) => "content/" + file;

    /// <summary>The 1-based line of the first line containing <paramref name="marker"/>, searching after the line containing <paramref name="after"/>.</summary>
    public int LineOf(string file, string marker, string? after = null) => IndexOf(Lines(file), marker, after) + 1;

    /// <summary>Replaces <paramref name="find"/> on the first line containing it; returns that line's number.</summary>
    public int Replace(string file, string find, string replacement, string? after = null)
    {
        var lines = Lines(file);
        var index = IndexOf(lines, find, after);
        lines[index] = lines[index].Replace(find, replacement, StringComparison.Ordinal);
        File.WriteAllLines(PathOf(file), lines);
        return index + 1;
    }

    /// <summary>Inserts <paramref name="line"/> (with its own indentation) after the first line containing <paramref name="marker"/>; returns the new line's number.</summary>
    public int InsertAfter(string file, string marker, string line, string? after = null)
    {
        var lines = Lines(file).ToList();
        var index = IndexOf([.. lines], marker, after);
        lines.Insert(index + 1, line);
        File.WriteAllLines(PathOf(file), lines);
        return index + 2;
    }

    public void Write(string file, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(file))!);
        File.WriteAllText(PathOf(file), text);
    }

    public void Delete(string file) => File.Delete(PathOf(file));

    /// <summary>The curriculum and post-test check, with the default MOOC rules.</summary>
    public IReadOnlyList<ContentError> Check()
    {
        var errors = new List<ContentError>();
        TeachingContent.Load(Root, Core.Mooc.MoocRules.Default, errors);
        return errors;
    }

    private string PathOf(string file) => Path.Combine(Root, file);

    private string[] Lines(string file) => File.ReadAllLines(PathOf(file));

    private static int IndexOf(string[] lines, string marker, string? after)
    {
        var start = after is null ? 0 : Array.FindIndex(lines, l => l.Contains(after, StringComparison.Ordinal)) + 1;
        var index = Array.FindIndex(lines, start, l => l.Contains(marker, StringComparison.Ordinal));
        return index >= 0 ? index : throw new InvalidOperationException($"No line contains '{marker}'.");
    }
}

/// <summary>YAML fixtures in the curriculum format, small enough to read in a test failure.</summary>
public static class CurriculumBuilders
{
    public const string MediaUrl = "https://media.latsarbot.example/mooc/uji.mp4";

    public static string Index(string expectTotal, params (string Id, string Expect)[] agendas) =>
        Lines(
            [
                "welcome:",
                "  title: Selamat datang",
                "  media: {kind: video, url: \"" + MediaUrl + "\"}",
                "  body: Halo.",
                "agendas:",
                .. agendas.SelectMany(a => new[] { $"  - id: {a.Id}", $"    title: Agenda {a.Id}", $"    expect: {a.Expect}" }),
                $"expect_total: {expectTotal}",
            ]);

    /// <summary>A mata pelatihan file; the general group when <paramref name="id"/> ends in "-umum" (file _agenda.yaml).</summary>
    public static string Group(string agenda, string id, int order, params string[] units) =>
        Lines([$"agenda: {agenda}", $"id: {id}", "title: Mata pelatihan uji", $"order: {order}", "units:", .. units]);

    /// <summary>A unit entry under "units:" with <paramref name="questions"/> quiz questions, each with the given option and key counts.</summary>
    public static string Unit(string id, string category = "S1", int questions = 1, int options = 4, int keys = 1) =>
        Lines(
            [
                $"  - id: {id}",
                "    title: Unit uji",
                $"    category: {category}",
                "    media:",
                "      kind: video",
                $"      url: \"{MediaUrl}\"",
                "    body: Isi unit uji.",
                "    quiz:",
                .. Enumerable.Range(1, questions).SelectMany(n => Question($"q-{id}-{n}", options, keys, "      ")),
            ]).TrimEnd('\n');

    public static string PostTestBank(string category, int items, string prefix, int options = 4) =>
        Lines([$"category: {category}", "items:", .. Enumerable.Range(1, items).SelectMany(n => Question($"{prefix}-{n:000}", options, 1, "  "))]);

    private static IEnumerable<string> Question(string id, int options, int keys, string indent) =>
    [
        $"{indent}- id: {id}",
        $"{indent}  question: \"Pertanyaan uji {id}?\"",
        $"{indent}  options:",
        .. Enumerable.Range(1, options).SelectMany(n => n <= keys
            ? new[] { $"{indent}    - text: \"Pilihan {n}\"", $"{indent}      correct: true" }
            : [$"{indent}    - text: \"Pilihan {n}\""]),
    ];

    private static string Lines(IEnumerable<string> lines) => string.Join('\n', lines) + "\n";
}
