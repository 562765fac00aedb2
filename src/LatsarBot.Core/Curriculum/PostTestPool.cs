using LatsarBot.Core.Mooc;

namespace LatsarBot.Core.Curriculum;

/// <summary>Both post-test banks: S1 items carry 70 % of the academic weight, S2 items 30 % (DOMAIN.md A.6, AMB-12).</summary>
public sealed record PostTestPool(PostTestBank S1, PostTestBank S2)
{
    public PostTestBank Bank(UnitCategory category) => category switch
    {
        UnitCategory.S1 => S1,
        UnitCategory.S2 => S2,
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "The post test has S1 and S2 items only."),
    };
}
