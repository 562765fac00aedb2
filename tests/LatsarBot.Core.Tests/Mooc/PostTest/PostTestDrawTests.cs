using LatsarBot.Core.Mooc;
using LatsarBot.Core.Mooc.PostTest;
using static LatsarBot.Core.Tests.Mooc.MoocBuilders;

namespace LatsarBot.Core.Tests.Mooc.PostTest;

public sealed class PostTestDrawTests
{
    [Fact]
    public void Draw_C6Bank_Gives14S1And6S2DistinctItems()
    {
        var paper = PostTestDraw.Draw(C6Bank(), new Random(1), MoocRules.Default);

        Assert.Equal(20, paper.Select(item => item.ItemId).Distinct().Count());
        Assert.Equal(14, paper.Count(item => item.Category == UnitCategory.S1));
        Assert.Equal(6, paper.Count(item => item.Category == UnitCategory.S2));
    }

    [Fact]
    public void Draw_AnySeed_OptionOrdersArePermutationsOfTheItemOptions()
    {
        var bank = C6Bank();
        var options = bank.ToDictionary(item => item.Id, item => item.OptionIds);

        var paper = PostTestDraw.Draw(bank, new Random(2), MoocRules.Default);

        Assert.All(paper, item => Assert.Equal(options[item.ItemId].Order(), item.OptionOrder.Order()));
    }

    [Fact]
    public void Draw_SameSeed_GivesTheSamePaper()
    {
        var bank = C6Bank();

        var first = PostTestDraw.Draw(bank, new Random(3), MoocRules.Default);
        var second = PostTestDraw.Draw(bank, new Random(3), MoocRules.Default);

        Assert.Equal(Describe(first), Describe(second));
    }

    [Fact]
    public void Draw_SecondAttemptFromTheSameRandom_ShufflesOptionsDifferently()
    {
        // C.6's bank has exactly 6 S2 items, so both attempts ask the same S2 items: their option orders must differ.
        var bank = C6Bank();
        var random = new Random(4);
        var first = PostTestDraw.Draw(bank, random, MoocRules.Default);

        var second = PostTestDraw.Draw(bank, random, MoocRules.Default);

        Assert.NotEqual(S2OptionOrders(first), S2OptionOrders(second));
    }

    [Fact]
    public void Draw_RegulationModeAgendas_DrawsOnlyAgendaIIAndIII()
    {
        var bank = C6Bank(s2PerAgenda: 4);
        var agendaOf = bank.ToDictionary(item => item.Id, item => item.Agenda);
        var rules = RulesWith(PostTestRules.Default with { Agendas = [2, 3] }); // DOMAIN.md AMB-20

        var paper = PostTestDraw.Draw(bank, new Random(5), rules);

        Assert.All(paper, item => Assert.Contains(agendaOf[item.ItemId], new[] { 2, 3 }));
    }

    [Fact]
    public void Draw_S2BankSmallerThanSixItems_ThrowsNamingTheShortfall()
    {
        var bank = C6Bank().Where(item => item.Id != "S2-6").ToList();

        var error = Assert.Throws<ArgumentException>(() => PostTestDraw.Draw(bank, new Random(6), MoocRules.Default));

        Assert.Contains("needs 6 S2 items", error.Message);
    }

    [Fact]
    public void Draw_RegulationModeWithTooFewAgendaIIAndIIIItems_Throws()
    {
        var rules = RulesWith(PostTestRules.Default with { Agendas = [2, 3] });

        Assert.Throws<ArgumentException>(() => PostTestDraw.Draw(C6Bank(), new Random(7), rules));
    }

    [Fact]
    public void Draw_DuplicateItemId_Throws()
    {
        PostTestItem[] bank = [.. C6Bank(), Item("S1-1", UnitCategory.S1, 1)];

        Assert.Throws<ArgumentException>(() => PostTestDraw.Draw(bank, new Random(8), MoocRules.Default));
    }

    /// <summary>
    /// Shaped like DOMAIN.md C.6: 32 S1 items (Agenda I 9, II 17, III 6), S2 items spread over the agendas (6 by
    /// default: 2 per agenda), and K items the post test must ignore. Every item has options A–D.
    /// </summary>
    private static List<PostTestItem> C6Bank(int s2PerAgenda = 2)
    {
        var s1Agendas = Enumerable.Repeat(1, 9).Concat(Enumerable.Repeat(2, 17)).Concat(Enumerable.Repeat(3, 6));
        var s2Agendas = new[] { 1, 2, 3 }.SelectMany(agenda => Enumerable.Repeat(agenda, s2PerAgenda));
        return
        [
            .. s1Agendas.Select((agenda, i) => Item($"S1-{i + 1}", UnitCategory.S1, agenda)),
            .. s2Agendas.Select((agenda, i) => Item($"S2-{i + 1}", UnitCategory.S2, agenda)),
            .. Enumerable.Range(1, 4).Select(i => Item($"K-{i}", UnitCategory.K, 1)),
        ];
    }

    private static PostTestItem Item(string id, UnitCategory category, int agenda) =>
        new(id, category, agenda, [$"{id}-A", $"{id}-B", $"{id}-C", $"{id}-D"]);

    private static List<string> Describe(IReadOnlyList<DrawnItem> paper) =>
        [.. paper.Select(item => $"{item.ItemId}:{string.Join(",", item.OptionOrder)}")];

    private static List<string> S2OptionOrders(IReadOnlyList<DrawnItem> paper) =>
        [.. paper.Where(item => item.Category == UnitCategory.S2).OrderBy(item => item.ItemId).Select(item => string.Join(",", item.OptionOrder))];
}
