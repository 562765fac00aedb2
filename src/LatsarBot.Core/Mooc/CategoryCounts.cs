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
