using System.Text.RegularExpressions;

namespace LatsarBot.Content;

/// <summary>
/// The one id space of the curriculum and the post test (agendas, mata pelatihan, units, quiz questions, post-test
/// items): progress, trophies and answers are stored by these ids, so two things sharing one would share a record.
/// </summary>
public sealed partial class CurriculumIds(List<ContentError> errors)
{
    private readonly Dictionary<string, (string File, int Line)> _first = new(StringComparer.Ordinal);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Shape();

    /// <summary>Records the id; reports a malformed id or one seen before (naming the first place). True when it is usable.</summary>
    public bool Claim(string id, string file, int line)
    {
        if (!Shape().IsMatch(id))
        {
            errors.Add(new ContentError(file, line, CurriculumRuleIds.IdFormat, $"'{id}' is not an id: use lower-case letters, digits and single '-' between them (e.g. u-1-1-1)."));
            return false;
        }

        if (_first.TryGetValue(id, out var first))
        {
            errors.Add(new ContentError(file, line, CurriculumRuleIds.IdDuplicate, $"The id '{id}' is already used at {first.File}:{first.Line}."));
            return false;
        }

        _first[id] = (file, line);
        return true;
    }
}
