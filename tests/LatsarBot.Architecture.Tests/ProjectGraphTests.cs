namespace LatsarBot.Architecture.Tests;

/// <summary>
/// The reference graph ARCHITECTURE.md draws: arrows run one way, Core knows nothing of ours and no package,
/// Dialogs sees the engine, the use-cases (Learning), the DbContext and the documents (through their API, not PDFsharp) but no channel and no host.
/// </summary>
public class ProjectGraphTests
{
    private const string Core = "LatsarBot.Core", Bot = "LatsarBot.Bot", Channels = "LatsarBot.Channels",
        Data = "LatsarBot.Data", Documents = "LatsarBot.Documents", Dialogs = "LatsarBot.Dialogs", Host = "LatsarBot",
        Content = "LatsarBot.Content", Storage = "LatsarBot.Storage", Learning = "LatsarBot.Learning";

    /// <summary>Which of our projects each may reference; the host may reference all.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        [Core] = [],
        [Bot] = [Core],
        [Channels] = [Bot, Core],
        [Data] = [Core],
        [Documents] = [Core],
        [Learning] = [Bot, Data, Documents, Core],
        [Dialogs] = [Learning, Bot, Data, Documents, Core],
        [Content] = [Bot, Core],
        [Storage] = [Bot, Data, Core],
    };

    private static ProjectFile Project(string name) =>
        Repo.Projects.TryGetValue(name, out var p)
            ? p
            : throw new Xunit.Sdk.XunitException(
                $"project {name} not found under src/ or dialogs/ (found: {string.Join(", ", Repo.Projects.Keys)})");

    [Fact]
    public void Every_project_is_one_the_architecture_knows()
    {
        var unknown = Repo.Projects.Values.Where(p => p.Name != Host && !Allowed.ContainsKey(p.Name))
            .Select(p => p.Path).ToList();
        Assert.True(unknown.Count == 0, $"projects not in ARCHITECTURE.md's graph: {string.Join(", ", unknown)}");
    }

    [Theory]
    [InlineData(Core)]
    [InlineData(Bot)]
    [InlineData(Channels)]
    [InlineData(Data)]
    [InlineData(Documents)]
    [InlineData(Dialogs)]
    [InlineData(Content)]
    [InlineData(Storage)]
    [InlineData(Learning)]
    public void References_only_what_the_arrows_allow(string name)
    {
        var project = Project(name);
        var forbidden = project.ProjectReferences.Except(Allowed[name], StringComparer.OrdinalIgnoreCase).ToList();
        Assert.True(forbidden.Count == 0,
            $"{project.Path} references {string.Join(", ", forbidden)}; allowed: [{string.Join(", ", Allowed[name])}]");
    }

    [Theory]
    [InlineData(Bot, Core)]
    [InlineData(Channels, Bot)]
    [InlineData(Data, Core)]
    [InlineData(Documents, Core)]
    [InlineData(Dialogs, Bot)]
    [InlineData(Dialogs, Data)]
    [InlineData(Content, Bot)]
    [InlineData(Storage, Bot)]
    [InlineData(Storage, Data)]
    [InlineData(Dialogs, Learning)]
    [InlineData(Learning, Data)]
    public void Draws_the_expected_arrow(string from, string to)
    {
        var project = Project(from);
        Assert.True(project.ProjectReferences.Contains(to), $"{project.Path} should reference {to}");
    }

    [Fact]
    public void Core_uses_nothing_but_the_BCL()
    {
        var core = Project(Core);
        var extra = core.Packages.Concat(core.Frameworks).ToList();
        Assert.True(extra.Count == 0, $"{core.Path} references packages/frameworks: {string.Join(", ", extra)}");
    }

    [Fact]
    public void Documents_renders_with_PDFsharp()
    {
        var documents = Project(Documents);
        Assert.True(documents.Packages.Contains("PDFsharp"), $"{documents.Path} should hold the PDFsharp reference");
    }

    [Fact]
    public void Dialogs_do_not_reference_PDFsharp_nor_a_channel_package()
    {
        var dialogs = Project(Dialogs);
        var forbidden = dialogs.Packages
            .Where(p => p.StartsWith("PDFsharp", StringComparison.OrdinalIgnoreCase)
                || p.StartsWith("Telegram", StringComparison.OrdinalIgnoreCase)
                || p.StartsWith("Quartz", StringComparison.OrdinalIgnoreCase))
            .ToList();
        Assert.True(forbidden.Count == 0, $"{dialogs.Path} references packages {string.Join(", ", forbidden)}");
        Assert.True(dialogs.Frameworks.Count == 0,
            $"{dialogs.Path} references frameworks {string.Join(", ", dialogs.Frameworks)}");
    }
}
