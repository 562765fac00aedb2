using LatsarBot.Testing.Content;
using LatsarBot.Content;
using LatsarBot.Core.Mooc;
using static LatsarBot.Testing.Content.CurriculumBuilders;
using static LatsarBot.Content.Tests.CurriculumRulesTests;

namespace LatsarBot.Content.Tests;

/// <summary>
/// Units per category against curriculum.yaml's expectations (DOMAIN.md C.0), on a small fixture curriculum loaded
/// directly: kebijakan with 1 K unit, agenda-1 with an S2 overview and an MP of 2 S1 units.
/// </summary>
public sealed class CurriculumTotalsTests
{
    private const string Index = "curriculum/curriculum.yaml";

    [Fact]
    public void Load_CountsAsExpected_NoErrors()
    {
        var content = Fixture("{K: 1, S1: 2, S2: 1}", agendaI: "{S1: 2, S2: 1}");

        var (curriculum, errors) = Load(content);

        Assert.Empty(errors);
        Assert.Equal((1, 2, 1), (curriculum!.Count(UnitCategory.K), curriculum.Count(UnitCategory.S1), curriculum.Count(UnitCategory.S2)));
    }

    [Fact]
    public void TotalsAgenda_AgendaHasFewerUnitsThanExpected_ReportedAtItsExpectLine()
    {
        var content = Fixture("{K: 1, S1: 3, S2: 1}", agendaI: "{S1: 3, S2: 1}");
        var line = content.LineOf(Index, "expect: {S1: 3, S2: 1}");

        var (_, errors) = Load(content);

        var error = AssertReported(errors, "totals.agenda", Index, line);
        Assert.Contains("'agenda-1' has K 0, S1 2, S2 1 units", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TotalsCurriculum_SumDiffersFromExpectTotal_ReportedAtExpectTotal()
    {
        var content = Fixture("{K: 3, S1: 32, S2: 15}", agendaI: "{S1: 2, S2: 1}");
        var line = content.LineOf(Index, "expect_total:");

        var (_, errors) = Load(content);

        var error = Assert.Single(errors);
        Assert.Equal((CurriculumCopy.Shown(Index), line, "totals.curriculum"), (error.File, error.Line, error.Rule));
    }

    [Fact]
    public void TotalsAgenda_UnitWithBrokenQuiz_StillCounted()
    {
        var content = Fixture("{K: 1, S1: 2, S2: 1}", agendaI: "{S1: 2, S2: 1}");
        content.Replace("curriculum/agenda-1/mp-1-1.yaml", "correct: true", "correct: false");

        var (_, errors) = Load(content);

        Assert.Equal(["quiz.key"], errors.Select(e => e.Rule));
    }

    [Fact]
    public void Expect_UnknownCategory_Reported()
    {
        var content = Fixture("{K: 1, S1: 2, S2: 1}", agendaI: "{S1: 2, S3: 1}");
        var line = content.LineOf(Index, "expect: {S1: 2, S3: 1}");

        var (_, errors) = Load(content);

        AssertReported(errors, "unit.category", Index, line);
    }

    private static CurriculumCopy Fixture(string expectTotal, string agendaI)
    {
        var content = CurriculumCopy.Empty();
        content.Write(Index, CurriculumBuilders.Index(expectTotal, ("kebijakan", "{K: 1}"), ("agenda-1", agendaI)));
        content.Write("curriculum/kebijakan/_agenda.yaml", Group("kebijakan", "kebijakan-umum", 0, Unit("u-k-1", "K")));
        content.Write("curriculum/agenda-1/_agenda.yaml", Group("agenda-1", "agenda-1-umum", 0, Unit("u-1-0", "S2")));
        content.Write("curriculum/agenda-1/mp-1-1.yaml", Group("agenda-1", "mp-1-1", 1, Unit("u-1-1-1"), Unit("u-1-1-2")));
        return content;
    }

    private static (Core.Curriculum.MoocCurriculum? Curriculum, List<ContentError> Errors) Load(CurriculumCopy content)
    {
        var errors = new List<ContentError>();
        var curriculum = CurriculumLoader.Load(content.Root, CurriculumRules.Default, new CurriculumIds(errors), errors);
        return (curriculum, errors);
    }
}
