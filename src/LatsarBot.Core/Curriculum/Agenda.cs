namespace LatsarBot.Core.Curriculum;

/// <summary>
/// One agenda of the MOOC menu (Materi Kebijakan, Agenda I–III). Its first <see cref="MataPelatihan"/> entry is the
/// general group (<see cref="LatsarBot.Core.Curriculum.MataPelatihan.IsGeneral"/>) holding the Overview unit, or the policy lessons.
/// </summary>
public sealed record Agenda(string Id, LocalizedText Title, IReadOnlyList<MataPelatihan> MataPelatihan)
{
    public IEnumerable<Unit> Units => MataPelatihan.SelectMany(m => m.Units);
}
