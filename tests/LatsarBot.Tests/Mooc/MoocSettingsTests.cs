using LatsarBot.Content;
using LatsarBot.Testing;

namespace LatsarBot.Tests.Mooc;

/// <summary>The A.15 parameters come from the "Mooc" configuration section (defaults when absent).</summary>
public sealed class MoocSettingsTests
{
    [Fact]
    public async Task AttitudeMode_BandFloorConfigured_29TrophiesScore80()
    {
        await using var bot = await HostHarness.StartAsync(settings: [new("Mooc:Trophies:AttitudeMode", "BandFloor")]);
        await MoocFixture.AwardAsync(bot, k: 2, s1: 24, s2: 3);
        var flow = await MoocFixture.LoggedInAsync(bot);

        await flow.SendAsync("/progres");

        flow.AssertReply(r => Assert.Contains("*80,00*", r.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AttitudeMode_Default_29TrophiesScore85()
    {
        await using var bot = await HostHarness.StartAsync();
        await MoocFixture.AwardAsync(bot, k: 2, s1: 24, s2: 3);
        var flow = await MoocFixture.LoggedInAsync(bot);

        await flow.SendAsync("/progres");

        flow.AssertReply(r => Assert.Contains("*85,00*", r.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PostTest_PrerequisiteSwitchedOff_OpensWithoutTrophies()
    {
        await using var bot = await HostHarness.StartAsync(settings: [new("Mooc:PostTest:RequireMinimums", "false"), new("Mooc:PostTest:TimeLimitMinutes", "0")]);
        var flow = await MoocFixture.LoggedInAsync(bot);
        await flow.SendAsync("/mooc");
        flow.TakeAll();

        await flow.PressAsync("menu");
        await flow.PressAsync("posttest");

        var intro = flow.TakeAll()[^1];
        Assert.StartsWith("*Post test (Evaluasi 1)*", intro.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("⏱", intro.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_MinimumsAboveWhatTheCurriculumOffers_HostRefusesToStart()
    {
        var start = () => HostHarness.StartAsync(settings: [new("Mooc:Trophies:MinimumK", "9")]);

        var error = await Assert.ThrowsAsync<ContentInvalidException>(start);

        Assert.Contains("content/curriculum/curriculum.yaml:0: [mooc.budget]", error.Message.Replace('\\', '/'), StringComparison.Ordinal);
    }
}
