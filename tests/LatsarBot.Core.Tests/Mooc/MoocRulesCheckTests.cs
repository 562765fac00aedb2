using LatsarBot.Core.Mooc;
using LatsarBot.Core.Mooc.PostTest;
using LatsarBot.Core.Mooc.Trophies;
using static LatsarBot.Core.Tests.Mooc.MoocBuilders;

namespace LatsarBot.Core.Tests.Mooc;

public sealed class MoocRulesCheckTests
{
    [Fact]
    public void Problems_A15Defaults_None()
    {
        var problems = MoocRulesCheck.Problems(MoocRules.Default);

        Assert.Empty(problems);
    }

    public static TheoryData<string, MoocRules> BrokenRules => new()
    {
        { "posttest.pass_mark", RulesWith(PostTestRules.Default with { PassMark = 75m }) }, // AMB-11: must be ≤ 70.01
        { "posttest.weights", RulesWith(PostTestRules.Default with { S2Weight = 0.20m }) },
        { "posttest.items", RulesWith(PostTestRules.Default with { S2Items = 0 }) },
        { "posttest.agendas", RulesWith(PostTestRules.Default with { Agendas = [] }) },
        { "posttest.attempt_caps[1]", RulesWith(PostTestRules.Default with { AttemptCaps = [new AttemptCap(1, 3, 100m), new AttemptCap(5, null, 70.01m)] }) },
        { "posttest.attempt_caps must start", RulesWith(PostTestRules.Default with { AttemptCaps = [new AttemptCap(1, 3, 100m)] }) },
        { "trophies.min_total", RulesWith(TrophyRules.Default with { MinTotal = 60 }) },
        { "trophies.half_star_at", RulesWith(TrophyRules.Default with { HalfStarAt = 10 }) },
        { "trophies.minimums", RulesWith(TrophyRules.Default with { Minimums = TrophyMinimums.Default with { S1Ratio = 1.2m } }) },
        { "trophies.unit_pass_ratio", RulesWith(TrophyRules.Default with { UnitPassRatio = 0m }) },
        { "trophies.attitude_mapping.bands[2]", RulesWith(BandsWith(new AttitudeBand(32, 40, 90m, 95m))) },   // 31 has no band
        { "trophies.attitude_mapping.bands[2]", RulesWith(BandsWith(new AttitudeBand(31, 40, 85m, 95m))) },   // score falls below 90
        { "trophies.attitude_mapping.bands must run", RulesWith(TrophyRules.Default with { MaxTotal = 60 }) },
        { "competition.top_count", MoocRules.Default with { Competition = new(0) } },
    };

    [Theory, MemberData(nameof(BrokenRules))]
    public void Problems_BrokenSetting_NamesItsKey(string key, MoocRules rules)
    {
        var problems = MoocRulesCheck.Problems(rules);

        Assert.Contains(problems, problem => problem.StartsWith(key, StringComparison.Ordinal));
    }

    /// <summary>The default bands with the third (31–40) replaced.</summary>
    private static TrophyRules BandsWith(AttitudeBand third)
    {
        var bands = AttitudeMapping.Default.Bands.ToArray();
        bands[2] = third;
        return TrophyRules.Default with { AttitudeMapping = AttitudeMapping.Default with { Bands = bands } };
    }
}
