namespace LatsarBot.Architecture.Tests;

/// <summary>
/// The tests of the projects below the host never reach the host, not even through shared test support: a dialog,
/// engine or data test that needs host code is a test of the host (tests/LatsarBot.Tests), and a layering leak in
/// production code shows as a test that no longer compiles.
/// </summary>
public class TestProjectGraphTests
{
    private const string Host = "LatsarBot", HostTesting = "LatsarBot.Testing";

    [Theory]
    [InlineData("LatsarBot.Core.Tests")]
    [InlineData("LatsarBot.Bot.Tests")]
    [InlineData("LatsarBot.Data.Tests")]
    [InlineData("LatsarBot.Dialogs.Tests")]
    [InlineData("LatsarBot.Content.Tests")]
    [InlineData("LatsarBot.Testing.Bot")]
    public void Does_not_reach_the_host_directly_or_through_test_support(string name)
    {
        var reached = Reached(name);

        Assert.DoesNotContain(Host, reached);
        Assert.DoesNotContain(HostTesting, reached);
    }

    [Fact]
    public void The_host_test_support_builds_on_the_bot_level_one()
    {
        Assert.Contains("LatsarBot.Testing.Bot", Project(HostTesting).ProjectReferences);
    }

    /// <summary>Every project <paramref name="name"/> references, directly or through another.</summary>
    private static HashSet<string> Reached(string name)
    {
        var reached = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<string>(Project(name).ProjectReferences);
        while (pending.TryPop(out var next))
        {
            if (reached.Add(next) && Find(next) is { } project)
            {
                foreach (var reference in project.ProjectReferences)
                {
                    pending.Push(reference);
                }
            }
        }

        return reached;
    }

    private static ProjectFile? Find(string name) =>
        Repo.Projects.GetValueOrDefault(name) ?? Repo.TestProjects.GetValueOrDefault(name);

    private static ProjectFile Project(string name) =>
        Find(name) ?? throw new Xunit.Sdk.XunitException($"project {name} not found under src/, dialogs/ or tests/");
}
