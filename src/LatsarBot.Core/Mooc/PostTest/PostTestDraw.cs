namespace LatsarBot.Core.Mooc.PostTest;

/// <summary>
/// Draws one post-test paper (DOMAIN.md AMB-12, AMB-20, C.6): 14 S1 and 6 S2 items at random from the bank items of
/// the configured agendas, options shuffled for every attempt, S1 and S2 items mixed. With item counts in proportion
/// to the 70/30 weights, every item is worth the same and the raw score is a plain percentage.
/// </summary>
public static class PostTestDraw
{
    public static IReadOnlyList<DrawnItem> Draw(IReadOnlyList<PostTestItem> bank, Random random, MoocRules rules)
    {
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(rules);
        var duplicate = bank.GroupBy(item => item.Id).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Post-test item '{duplicate.Key}' appears more than once in the bank.", nameof(bank));
        }

        var postTest = rules.PostTest;
        DrawnItem[] paper =
        [
            .. Pick(bank, UnitCategory.S1, postTest.S1Items, random, postTest),
            .. Pick(bank, UnitCategory.S2, postTest.S2Items, random, postTest),
        ];
        random.Shuffle(paper);
        return paper;
    }

    private static IEnumerable<DrawnItem> Pick(
        IReadOnlyList<PostTestItem> bank, UnitCategory category, int count, Random random, PostTestRules postTest)
    {
        var pool = bank.Where(item => item.Category == category && postTest.Agendas.Contains(item.Agenda)).ToArray();
        if (pool.Length < count)
        {
            throw new ArgumentException(
                $"The post test needs {count} {category} items from agendas {string.Join(", ", postTest.Agendas)}, "
                + $"but the bank has {pool.Length}.",
                nameof(bank));
        }

        random.Shuffle(pool);
        return pool.Take(count).Select(item => new DrawnItem(item.Id, item.Category, Shuffled(item.OptionIds, random)));
    }

    private static string[] Shuffled(IReadOnlyList<string> optionIds, Random random)
    {
        var order = optionIds.ToArray();
        random.Shuffle(order);
        return order;
    }
}
