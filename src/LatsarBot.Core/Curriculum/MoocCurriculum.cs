using LatsarBot.Core.Mooc;

namespace LatsarBot.Core.Curriculum;

/// <summary>
/// The MOOC's content tree (DOMAIN.md A.4): the welcoming video, then agendas → mata pelatihan → units in display
/// order. One unit is one micro-learning unit and one trophy (AMB-08), so <see cref="Count"/> gives the trophies
/// available per category. Named apart from its namespace so code in LatsarBot.Core.* can name the type.
/// </summary>
public sealed record MoocCurriculum(Welcome Welcome, IReadOnlyList<Agenda> Agendas)
{
    public IEnumerable<MataPelatihan> MataPelatihan => Agendas.SelectMany(a => a.MataPelatihan);

    public IEnumerable<Unit> Units => Agendas.SelectMany(a => a.Units);

    public Agenda? FindAgenda(string id) => Agendas.FirstOrDefault(a => a.Id == id);

    public MataPelatihan? FindMataPelatihan(string id) => MataPelatihan.FirstOrDefault(m => m.Id == id);

    public Unit? FindUnit(string id) => Units.FirstOrDefault(u => u.Id == id);

    public int Count(UnitCategory category) => Units.Count(u => u.Category == category);

    /// <summary>The trophies this curriculum offers per category: one per unit (AMB-08).</summary>
    public CategoryCounts Available => CategoryCounts.Of(Units.Select(u => u.Category));
}
