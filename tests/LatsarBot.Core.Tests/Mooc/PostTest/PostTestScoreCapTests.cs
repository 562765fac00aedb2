using LatsarBot.Core.Mooc;
using LatsarBot.Core.Mooc.PostTest;

namespace LatsarBot.Core.Tests.Mooc.PostTest;

public sealed class PostTestScoreCapTests
{
    public static TheoryData<int, decimal> Caps => new()
    {
        { 1, 100m }, { 3, 100m }, { 4, 90.01m }, { 5, 90.01m }, { 6, 80.01m }, { 7, 70.01m }, { 20, 70.01m }, // A.6
    };

    [Theory, MemberData(nameof(Caps))]
    public void CapFor_AttemptNumber_FollowsTheSeedTable(int attempt, decimal expected)
    {
        var cap = PostTestScoreCap.CapFor(attempt, MoocRules.Default);

        Assert.Equal(expected, cap);
    }

    public static TheoryData<int, decimal, decimal> PassingAttempts => new()
    {
        { 2, 88m, 88.00m }, { 5, 95m, 90.01m }, { 7, 100m, 70.01m }, // DOMAIN.md A.15 worked examples
        { 1, 100m, 100m }, { 4, 90.00m, 90.00m }, { 6, 85m, 80.01m },
    };

    [Theory, MemberData(nameof(PassingAttempts))]
    public void Recorded_PassOnAttemptN_IsCappedByAttemptNumber(int attempt, decimal raw, decimal expected)
    {
        var recorded = PostTestScoreCap.Recorded(attempt, raw, MoocRules.Default);

        Assert.Equal(expected, recorded);
    }

    [Fact]
    public void Recorded_Attempts1To20AndRaw0To100_NeverExceedsCap()
    {
        var violations = new List<string>();
        for (var attempt = 1; attempt <= 20; attempt++)
        {
            for (var raw = 0m; raw <= 100m; raw += 0.01m)
            {
                var recorded = PostTestScoreCap.Recorded(attempt, raw, MoocRules.Default);

                if (recorded > PostTestScoreCap.CapFor(attempt, MoocRules.Default) || recorded > raw)
                {
                    violations.Add($"attempt {attempt}, raw {raw}: recorded {recorded}");
                }
            }
        }

        Assert.Empty(violations);
    }

    [Fact]
    public void CapFor_AttemptZero_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PostTestScoreCap.CapFor(0, MoocRules.Default));
    }

    [Fact]
    public void CapFor_CapTableWithGap_Throws()
    {
        var rules = MoocBuilders.RulesWith(PostTestRules.Default with { AttemptCaps = [new AttemptCap(1, 3, 100m)] });

        Assert.Throws<ArgumentOutOfRangeException>(() => PostTestScoreCap.CapFor(4, rules));
    }
}
