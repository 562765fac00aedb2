namespace LatsarBot.Content;

/// <summary>
/// Every rule id the curriculum and post-test check reports. The ids are stable so content authors can search for
/// them and tests can pin them; the sentences next to them may change.
/// </summary>
public static class CurriculumRuleIds
{
    public const string YamlSyntax = "yaml.syntax";
    public const string FileMissing = "file.missing";

    // The shape of a file: a key the format requires is absent or empty, has the wrong kind of value, or is not in the format.
    public const string FieldRequired = "field.required";
    public const string FieldType = "field.type";
    public const string FieldUnknown = "field.unknown";

    public const string UnknownAgenda = "curriculum.unknown_agenda";
    public const string MissingAgenda = "curriculum.missing_agenda";
    public const string MataPelatihanFile = "mp.file";
    public const string IdFormat = "id.format";
    public const string IdDuplicate = "id.duplicate";
    public const string Category = "unit.category";
    public const string Media = "unit.media";
    public const string Body = "unit.body";
    public const string QuizCount = "quiz.count";
    public const string QuizOptions = "quiz.options";
    public const string QuizKey = "quiz.key";
    public const string PostTestCategory = "posttest.category";
    public const string PostTestCount = "posttest.count";
    public const string PostTestMataPelatihan = "posttest.mp";
    public const string PostTestRepeat = "posttest.repeat";
    public const string TotalsAgenda = "totals.agenda";
    public const string TotalsCurriculum = "totals.curriculum";
}
