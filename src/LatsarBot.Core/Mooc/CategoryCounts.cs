namespace LatsarBot.Core.Mooc;

/// <summary>One non-negative count per content category (DOMAIN.md AMB-09): trophies earned, or units available.</summary>
public readonly record struct CategoryCounts
{
    public CategoryCounts(int k, int s1, int s2)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        ArgumentOutOfRangeException.ThrowIfNegative(s1);
        ArgumentOutOfRangeException.ThrowIfNegative(s2);
        K = k;
        S1 = s1;
        S2 = s2;
    }

    /// <summary>How many of each category a list of units (or trophies) holds.</summary>
    public static CategoryCounts Of(IEnumerable<UnitCategory> categories)
    {
        var list = categories as IReadOnlyCollection<UnitCategory> ?? categories.ToList();
        return new CategoryCounts(list.Count(c => c == UnitCategory.K), list.Count(c => c == UnitCategory.S1), list.Count(c => c == UnitCategory.S2));
    }

    public int K { get; }

    public int S1 { get; }

    public int S2 { get; }

    public int Total => K + S1 + S2;

    public int this[UnitCategory category] => category switch
    {
        UnitCategory.K => K,
        UnitCategory.S1 => S1,
        UnitCategory.S2 => S2,
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };
}
