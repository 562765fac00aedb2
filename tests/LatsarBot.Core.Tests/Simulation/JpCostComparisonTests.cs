using LatsarBot.Core.Simulation;

namespace LatsarBot.Core.Tests.Simulation;

/// <summary>DOMAIN.md A.12: the seed's two columns and the values derived from them.</summary>
public sealed class JpCostComparisonTests
{
    [Fact]
    public void HabituationJp_EightHoursForThirtyDays_Is320()
    {
        var jp = HabituationJp.Of(8, 30);

        Assert.Equal(320, jp);
    }

    [Fact]
    public void Of_BlendedPreset_Is647JpAnd210400000ForForty()
    {
        var result = JpCostResult.Of(JpCostPresets.Blended);

        Assert.Equal(647, result.TotalJp);
        Assert.Equal(74, result.Parameters.Days);
        Assert.Equal(40, result.Parameters.Participants);
        Assert.Equal(5_260_000m, result.Parameters.CostPerParticipant);
        Assert.Equal(210_400_000m, result.TotalCost);
        Assert.Equal(8_130m, result.CostPerJp);
    }

    [Fact]
    public void Of_ClassicalPreset_Is511JpAnd371840000ForForty()
    {
        var result = JpCostResult.Of(JpCostPresets.Classical);

        Assert.Equal(511, result.TotalJp);
        Assert.Equal(51, result.Parameters.Days);
        Assert.Equal(0, result.Parameters.SynchronousJp);
        Assert.Equal(9_296_000m, result.Parameters.CostPerParticipant);
        Assert.Equal(371_840_000m, result.TotalCost);
        Assert.Equal(18_192m, result.CostPerJp);
    }

    [Fact]
    public void Seed_BlendedAgainstClassical_SavesAsDomainDerives()
    {
        var comparison = JpCostComparison.Seed();

        Assert.Equal(4_036_000m, comparison.SavingPerParticipant);
        Assert.Equal(161_440_000m, comparison.SavingTotal);
        Assert.Equal(43.4m, comparison.SavingPercent);
        Assert.Equal(136, comparison.ExtraJp);
        Assert.Equal(23, comparison.ExtraDays);
    }

    [Fact]
    public void Of_EditedParticipants_ScalesTheTotalOnly()
    {
        var edited = JpCostPresets.Blended with { Participants = 30 };

        var result = JpCostResult.Of(edited);

        Assert.Equal(157_800_000m, result.TotalCost);
        Assert.Equal(8_130m, result.CostPerJp);
    }

    [Fact]
    public void Of_MoreExpensiveDesign_SavingIsNegative()
    {
        var design = JpCostPresets.Blended with { CostPerParticipant = 10_000_000m };

        var comparison = JpCostComparison.Of(design, JpCostPresets.Classical);

        Assert.Equal(-704_000m, comparison.SavingPerParticipant);
        Assert.Equal(-7.6m, comparison.SavingPercent);
    }

    public static TheoryData<JpCostParameters, string> Nonsense => new()
    {
        { JpCostPresets.Blended with { FaceToFaceJp = -1 }, "JP cannot be negative" },
        { new JpCostParameters(0, 0, 0, 0, 10, 40, 1m), "the design has no JP" },
        { JpCostPresets.Blended with { Days = 0 }, "days must be at least 1" },
        { JpCostPresets.Blended with { Participants = 0 }, "participants must be at least 1" },
        { JpCostPresets.Blended with { CostPerParticipant = -5m }, "the cost per participant cannot be negative" },
    };

    [Theory, MemberData(nameof(Nonsense))]
    public void Problem_NonsenseParameter_NamesIt(JpCostParameters parameters, string problem)
    {
        Assert.Equal(problem, parameters.Problem());
    }

    [Fact]
    public void Problem_Presets_None()
    {
        Assert.Null(JpCostPresets.Blended.Problem());
        Assert.Null(JpCostPresets.Classical.Problem());
    }

    [Theory]
    [InlineData(5_260_000, "Rp 5.260.000")]
    [InlineData(371_840_000, "Rp 371.840.000")]
    [InlineData(8_129.83, "Rp 8.130")]
    [InlineData(-704_000, "−Rp 704.000")]
    public void Rupiah_Format_WritesIndonesianThousands(double amount, string text)
    {
        Assert.Equal(text, Rupiah.Format((decimal)amount));
    }
}
