using LatsarBot.Content;
using LatsarBot.Core.Curriculum;
using LatsarBot.Core.Mooc;
using LatsarBot.Core.Participants;
using LatsarBot.Testing;

namespace LatsarBot.Content.Tests;

/// <summary>The shipped curriculum and post-test banks load without errors into the model the dialogs use.</summary>
public sealed class CurriculumLoaderTests
{
    private static readonly TeachingContent Shipped = Load(TestPaths.Content);

    [Fact]
    public void Check_ShippedContent_HasNoErrors()
    {
        var errors = new List<ContentError>();
        var teaching = TeachingContent.Load(TestPaths.Content, Core.Mooc.MoocRules.Default, errors);

        Assert.Empty(errors);
        Assert.NotNull(teaching);
    }

    private static TeachingContent Load(string root)
    {
        var errors = new List<ContentError>();
        return TeachingContent.Load(root, Core.Mooc.MoocRules.Default, errors) ?? throw new ContentInvalidException(errors);
    }

    [Fact]
    public void Curriculum_ShippedContent_AgendasInTheOrderOfCurriculumYaml()
    {
        var agendas = Shipped.Curriculum.Agendas.Select(a => a.Id);

        Assert.Equal(["kebijakan", "agenda-1", "agenda-2", "agenda-3"], agendas);
    }

    [Fact]
    public void Curriculum_AgendaI_GeneralGroupFirstThenMataPelatihanByOrder()
    {
        var groups = Shipped.Curriculum.FindAgenda("agenda-1")!.MataPelatihan;

        Assert.Equal(["agenda-1-umum", "mp-1-1", "mp-1-2", "mp-1-3"], groups.Select(g => g.Id));
        Assert.Equal([true, false, false, false], groups.Select(g => g.IsGeneral));
    }

    [Fact]
    public void Curriculum_Kebijakan_ThreePolicyUnits()
    {
        var units = Shipped.Curriculum.FindAgenda("kebijakan")!.Units;

        Assert.Equal(["u-k-1", "u-k-2", "u-k-3"], units.Select(u => u.Id));
        Assert.All(units, u => Assert.Equal(UnitCategory.K, u.Category));
    }

    [Theory]
    [InlineData(UnitCategory.K, 3)]
    [InlineData(UnitCategory.S1, 32)]
    [InlineData(UnitCategory.S2, 15)]
    public void Count_ShippedContent_MatchesDomainPartC(UnitCategory category, int expected)
    {
        var count = Shipped.Curriculum.Count(category);

        Assert.Equal(expected, count);
    }

    [Fact]
    public void Curriculum_EachMataPelatihanOfAgendaI_EndsWithOnePengayaanUnit()
    {
        var mataPelatihan = Shipped.Curriculum.FindAgenda("agenda-1")!.MataPelatihan.Where(m => !m.IsGeneral);

        Assert.All(mataPelatihan, m => Assert.Equal(
            [UnitCategory.S1, UnitCategory.S1, UnitCategory.S1, UnitCategory.S2],
            m.Units.Select(u => u.Category)));
    }

    [Fact]
    public void FindUnit_Unit_KnowsItsAgendaAndMataPelatihan()
    {
        var unit = Shipped.Curriculum.FindUnit("u-1-2-3")!;

        Assert.Equal(("agenda-1", "mp-1-2"), (unit.AgendaId, unit.MataPelatihanId));
    }

    [Fact]
    public void FindUnit_InfographicShippedAsFile_PathRelativeToContent()
    {
        var media = Shipped.Curriculum.FindUnit("u-k-2")!.Media;

        Assert.Equal((MediaKind.Infographic, "media/u-k-2.svg", (Uri?)null), (media.Kind, media.File, media.Url));
        Assert.True(File.Exists(Path.Combine(TestPaths.Content, media.File!)));
    }

    [Fact]
    public void Quiz_KeyOnFourthOption_CorrectIndexIsThree()
    {
        var question = Shipped.Curriculum.FindUnit("u-1-1-3")!.Quiz.Single(q => q.Id == "q-1-1-3-a");

        Assert.Equal(3, question.CorrectIndex);
    }

    [Fact]
    public void Welcome_EnglishGiven_ShownInEnglishAndIndonesianByDefault()
    {
        var title = Shipped.Curriculum.Welcome.Title;

        Assert.Equal("Welcome to the Latsar CPNS MOOC", title.In(Language.En));
        Assert.Equal("Selamat Datang di MOOC Latsar CPNS", title.In(Language.Id));
    }

    [Fact]
    public void LocalizedText_NoEnglish_FallsBackToIndonesian()
    {
        var body = Shipped.Curriculum.FindUnit("u-1-1-1")!.Body;

        Assert.Null(body.English);
        Assert.Equal(body.Indonesian, body.In(Language.En));
    }

    [Fact]
    public void PostTest_ShippedBanks_AtLeastTheBlueprintMinimumsWithFourOptionsAndOneKey()
    {
        var pool = Shipped.PostTest;

        Assert.InRange(pool.S1.Items.Count, 32, int.MaxValue);
        Assert.InRange(pool.S2.Items.Count, 12, int.MaxValue);
        Assert.All(pool.S1.Items.Concat(pool.S2.Items), i => Assert.Equal((4, 1), (i.Options.Count, i.Options.Count(o => o.IsCorrect))));
    }

    [Fact]
    public void PostTest_ItemsOfAgendaI_ReferenceEveryMataPelatihanOfAgendaI()
    {
        var referenced = Shipped.PostTest.S1.Items.Select(i => i.MataPelatihanId).OfType<string>().ToHashSet();

        Assert.Superset(new HashSet<string> { "mp-1-1", "mp-1-2", "mp-1-3" }, referenced);
    }

    [Fact]
    public void PostTest_Bank_ItemsCarryTheBankCategory()
    {
        var categories = Shipped.PostTest.Bank(UnitCategory.S2).Items.Select(i => i.Category).Distinct();

        Assert.Equal([UnitCategory.S2], categories);
    }
}
