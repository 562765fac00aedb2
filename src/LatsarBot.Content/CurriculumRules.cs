namespace LatsarBot.Content;

/// <summary>
/// The limits the curriculum check enforces, with the defaults of curriculum-format.md and DOMAIN.md C.6. The unit
/// totals per category are not here: they are data in curriculum.yaml (expect, expect_total), next to the agendas.
/// </summary>
public sealed record CurriculumRules
{
    public static CurriculumRules Default { get; } = new();

    public int MinQuizQuestions { get; init; } = 1;

    public int MaxQuizQuestions { get; init; } = 3;

    public int MinQuizOptions { get; init; } = 3;

    public int MaxQuizOptions { get; init; } = 5;

    /// <summary>A unit is read in a chat bubble; longer text belongs in the medium.</summary>
    public int MaxBodyLength { get; init; } = 1500;

    /// <summary>Post-test items have a fixed option count so every item weighs the same when options are shuffled.</summary>
    public int PostTestOptions { get; init; } = 4;

    /// <summary>C.6: 32 S1 items in the pool; S2 grown to 12 so that attempts differ from each other.</summary>
    public int MinPostTestS1 { get; init; } = 32;

    public int MinPostTestS2 { get; init; } = 12;
}
