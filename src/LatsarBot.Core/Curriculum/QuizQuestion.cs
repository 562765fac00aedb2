namespace LatsarBot.Core.Curriculum;

/// <summary>A micro-quiz question of a unit: knowledge or understanding level only (AMB-22), exactly one correct option.</summary>
public sealed record QuizQuestion(string Id, LocalizedText Question, IReadOnlyList<QuizOption> Options, LocalizedText? Explanation)
{
    public int CorrectIndex => Options.Select((o, i) => (o, i)).Single(x => x.o.IsCorrect).i;
}
