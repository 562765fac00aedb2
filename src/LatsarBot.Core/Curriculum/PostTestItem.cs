using LatsarBot.Core.Mooc;

namespace LatsarBot.Core.Curriculum;

/// <summary>
/// A post-test (Evaluasi 1) item. <see cref="Category"/> decides which side of the 70 %/30 % split it counts on
/// (AMB-12); <see cref="MataPelatihanId"/>, when set, lets a draw be limited to some agendas (AMB-20).
/// </summary>
public sealed record PostTestItem(
    string Id,
    UnitCategory Category,
    string? MataPelatihanId,
    LocalizedText Question,
    IReadOnlyList<QuizOption> Options,
    LocalizedText? Explanation)
{
    public int CorrectIndex => Options.Select((o, i) => (o, i)).Single(x => x.o.IsCorrect).i;
}
