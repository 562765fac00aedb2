using LatsarBot.Core.Mooc;
using LatsarBot.Core.Mooc.Trophies;
using static LatsarBot.Core.Tests.Mooc.MoocBuilders;

namespace LatsarBot.Core.Tests.Mooc.Trophies;

public sealed class StarDisplayTests
{
    [Theory]
    [InlineData(28, 2, 1, 3)] // DOMAIN.md A.5 / AMB-01: 28 = 2 full + 1 half + 3 trophies
    [InlineData(5, 0, 1, 0)]  // A.5: 5 trophies = half a star
    [InlineData(10, 1, 0, 0)] // A.5 and the ALUR slide's "10 = 1"
    [InlineData(50, 5, 0, 0)] // A.5: the maximum, 5 full stars
    [InlineData(0, 0, 0, 0)]
    [InlineData(4, 0, 0, 4)]
    [InlineData(39, 3, 1, 4)]
    public void For_TrophyCount_SplitsIntoFullHalfAndLoose(int trophies, int full, int half, int loose)
    {
        var display = StarDisplay.For(trophies, MoocRules.Default);

        Assert.Equal(new StarDisplay(full, half, loose), display);
    }

    [Fact]
    public void Glyphs_28Trophies_Shows2Full1Half3Loose()
    {
        var display = StarDisplay.For(28, MoocRules.Default);

        var glyphs = display.Glyphs();

        Assert.Equal(
            [StarGlyph.FullStar, StarGlyph.FullStar, StarGlyph.HalfStar, StarGlyph.Trophy, StarGlyph.Trophy, StarGlyph.Trophy],
            glyphs);
    }

    [Fact]
    public void For_StarSizesFromConfiguration_AreHonoured()
    {
        var rules = RulesWith(TrophyRules.Default with { HalfStarAt = 2, FullStarAt = 4 });

        var display = StarDisplay.For(7, rules);

        Assert.Equal(new StarDisplay(1, 1, 1), display);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(51)] // above max_total 50
    public void For_ImpossibleCount_Throws(int trophies)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StarDisplay.For(trophies, MoocRules.Default));
    }
}
