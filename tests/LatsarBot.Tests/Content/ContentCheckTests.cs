using LatsarBot.Testing;

namespace LatsarBot.Tests.Content;

/// <summary>`content check` and the host's refusal to start, run as the real executable.</summary>
public sealed class ContentCheckTests
{
    [Fact]
    public async Task Check_ShippedContent_Passes()
    {
        var (exit, output) = await HostProcess.RunCommandAsync(TestPaths.NewTempFolder(), "content", "check", "--path", TestPaths.Content);

        Assert.Equal(0, exit);
        Assert.Contains("content OK", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_PlaceholderMismatch_ExitsNonZeroNamingFileLineAndRule()
    {
        var content = TestPaths.CopyOfContent();
        var line = Break(content, "core.en.yaml", "onboarding.bound:", "onboarding.bound: \"Code accepted, {nama}.\"");

        var (exit, output) = await HostProcess.RunCommandAsync(TestPaths.NewTempFolder(), "content", "check", "--path", content);

        Assert.Equal(1, exit);
        Assert.Contains($"content/messages/core.en.yaml:{line}: [message.placeholders]", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_YamlSyntaxError_NamesTheLine()
    {
        var content = TestPaths.CopyOfContent();
        var line = Break(content, "core.id.yaml", "menu.help:", "menu.help: \"Bantuan");

        var (exit, output) = await HostProcess.RunCommandAsync(TestPaths.NewTempFolder(), "content", "check", "--path", content);

        // An unclosed quote is only noticed where the parser gives up, at or after the broken line.
        Assert.Equal(1, exit);
        var match = System.Text.RegularExpressions.Regex.Match(output, @"content/messages/core\.id\.yaml:(\d+): \[yaml\.syntax\]");
        Assert.True(match.Success, output);
        Assert.InRange(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), line, line + 3);
    }

    [Fact]
    public async Task Check_KeyTheBotUsesIsMissing_Reported()
    {
        var content = TestPaths.CopyOfContent();
        Remove(content, "core.id.yaml", "menu.title:");
        Remove(content, "core.en.yaml", "menu.title:");

        var (exit, output) = await HostProcess.RunCommandAsync(TestPaths.NewTempFolder(), "content", "check", "--path", content);

        Assert.Equal(1, exit);
        Assert.Contains("[message.required] The key 'menu.title'", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_ConfiguredMoocRules_AreTheOnesTheCurriculumIsCheckedAgainst()
    {
        // 15 S2 units ship; an institution that asks for 16 S2 trophies has a MOOC nobody can complete.
        var environment = new Dictionary<string, string> { ["Mooc__Trophies__MinimumS2"] = "16" };

        var (exit, output) = await HostProcess.RunCommandAsync(TestPaths.NewTempFolder(), null, environment, "content", "check", "--path", TestPaths.Content);

        Assert.Equal(1, exit);
        Assert.Contains("content/curriculum/curriculum.yaml:0: [mooc.budget]", output.Replace('\\', '/'), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_BrokenContent_RefusesToStartWithTheSameMessage()
    {
        var content = TestPaths.CopyOfContent();
        var line = Break(content, "core.en.yaml", "onboarding.bound:", "onboarding.bound: \"Code accepted, {nama}.\"");
        var folder = TestPaths.NewTempFolder();

        var (checkExit, checkOutput) = await HostProcess.RunCommandAsync(folder, "content", "check", "--path", content);
        var (hostExit, hostOutput) = await HostProcess.RunCommandAsync(folder,
            "--urls", "http://127.0.0.1:0", $"--Content:Path={content}", $"--Database:ConnectionString=Data Source={Path.Combine(folder, "x.db")}");

        var expected = $"content/messages/core.en.yaml:{line}: [message.placeholders]";
        Assert.Equal(1, checkExit);
        Assert.Equal(1, hostExit);
        var checkLine = checkOutput.Split('\n').Single(l => l.StartsWith(expected, StringComparison.Ordinal));
        Assert.Contains(checkLine.TrimEnd('\r'), hostOutput, StringComparison.Ordinal);
    }

    /// <summary>Replaces the line starting with <paramref name="prefix"/>; returns its 1-based number.</summary>
    private static int Break(string content, string file, string prefix, string replacement)
    {
        var path = Path.Combine(content, "messages", file);
        var lines = File.ReadAllLines(path);
        var index = Array.FindIndex(lines, l => l.StartsWith(prefix, StringComparison.Ordinal));
        lines[index] = replacement;
        File.WriteAllLines(path, lines);
        return index + 1;
    }

    private static void Remove(string content, string file, string prefix)
    {
        var path = Path.Combine(content, "messages", file);
        File.WriteAllLines(path, File.ReadAllLines(path).Where(l => !l.StartsWith(prefix, StringComparison.Ordinal)));
    }
}
