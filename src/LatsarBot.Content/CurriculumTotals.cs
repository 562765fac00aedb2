using System.Globalization;
using LatsarBot.Core.Mooc;
using static LatsarBot.Content.CurriculumRuleIds;

namespace LatsarBot.Content;

/// <summary>
/// Unit counts per category against the expectations in curriculum.yaml (expect per agenda, expect_total). The
/// trophy rules depend on them: the seed's 28-trophy minimum is reachable only if the budget adds up (DOMAIN.md C.0).
/// </summary>
internal static class CurriculumTotals
{
    public sealed record Expectation(IReadOnlyDictionary<UnitCategory, int> Counts, int Line);

    /// <summary>A map such as {S1: 9, S2: 4}; a category left out is expected to have no units.</summary>
    public static Expectation? Read(CurriculumYamlNode owner, string key)
    {
        var node = owner.Map(key);
        if (node is null)
        {
            return null;
        }

        var counts = new Dictionary<UnitCategory, int>();
        var valid = true;
        foreach (var (name, value, line) in node.Entries())
        {
            if (CurriculumLoader.ParseCategory(name) is not { } category)
            {
                node.Report(line, CurriculumRuleIds.Category, $"'{name}' is not a category; use K, S1 or S2.");
                valid = false;
            }
            else if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                node.Report(line, FieldType, $"The expected number of {name} units must be a whole number, not '{value}'.");
                valid = false;
            }
            else
            {
                counts[category] = count;
            }
        }

        return valid ? new Expectation(counts, owner.LineOf(key)) : null;
    }

    public static void Check(string file, string what, IEnumerable<UnitCategory> units, Expectation expected, string rule, List<ContentError> errors)
    {
        var actual = units.GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        if (Enum.GetValues<UnitCategory>().All(c => Get(actual, c) == Get(expected.Counts, c)))
        {
            return;
        }

        errors.Add(new ContentError(file, expected.Line, rule, $"{what} has {Describe(actual)} units; curriculum.yaml expects {Describe(expected.Counts)}."));
    }

    private static int Get(IReadOnlyDictionary<UnitCategory, int> counts, UnitCategory category) =>
        counts.TryGetValue(category, out var count) ? count : 0;

    private static string Describe(IReadOnlyDictionary<UnitCategory, int> counts) =>
        string.Join(", ", Enum.GetValues<UnitCategory>().Select(c => $"{c} {Get(counts, c)}"));
}
