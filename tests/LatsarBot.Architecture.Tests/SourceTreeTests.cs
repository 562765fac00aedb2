using System.Text.RegularExpressions;

namespace LatsarBot.Architecture.Tests;

/// <summary>Where code may live: dialogs never name a channel; the host's folder of a channel holds only its EF store.</summary>
public partial class SourceTreeTests
{
    /// <summary>A channel name as a whole quoted string literal, e.g. "telegram" or "WebChat".</summary>
    [GeneratedRegex("\"(telegram|webchat|whatsapp|teams)\"", RegexOptions.IgnoreCase)]
    private static partial Regex ChannelLiteral();

    private static IEnumerable<string> SourceFiles(string folder) =>
        Directory.EnumerateFiles(Path.Combine(Repo.Root, folder), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(p => p is "obj" or "bin"));

    [Fact]
    public void No_dialog_names_a_channel()
    {
        var hits = (from file in SourceFiles("dialogs")
                    let lines = File.ReadAllLines(file)
                    from i in Enumerable.Range(0, lines.Length)
                    from Match m in ChannelLiteral().Matches(lines[i])
                    select $"{Repo.Relative(file)}:{i + 1}: {m.Value}").ToList();
        Assert.True(hits.Count == 0, "dialogs name a channel:\n" + string.Join("\n", hits));
    }

    [Theory]
    [InlineData("Telegram")]
    [InlineData("WhatsApp")]
    public void Host_channel_folder_holds_at_most_the_EF_store(string channel)
    {
        var folder = Path.Combine(Repo.Root, "src", "LatsarBot", channel);
        var store = $"Ef{channel}Store.cs";
        var extra = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Where(f => Path.GetFileName(f) != store)
                .Select(Repo.Relative).ToList()
            : [];
        Assert.True(extra.Count == 0,
            $"src/LatsarBot/{channel}/ should hold only {store}; also found:\n" + string.Join("\n", extra));
    }

    /// <summary>What a file of dialogs/ may be: a dialog (or a part of one), its view, its message keys, a prompt and its
    /// check, the router in front of a dialog, or the wiring. A service that runs outside a conversation goes to Learning.</summary>
    [GeneratedRegex(@"(Dialog(\.\w+)?|View|Msg|Prompts|Validation|Router)\.cs$|^(LatsarTurnHandler|LatsarCommands|DialogsSetup)\.cs$")]
    private static partial Regex ConversationFile();

    [Fact]
    public void Dialogs_holds_conversations_only()
    {
        var others = SourceFiles("dialogs").Where(f => !ConversationFile().IsMatch(Path.GetFileName(f))).Select(Repo.Relative).ToList();
        Assert.True(others.Count == 0, "dialogs/ holds files that are not conversations (move them to src/LatsarBot.Learning):\n" + string.Join("\n", others));
    }

    /// <summary>Slash commands are rows of the engine's route table (LatsarCommands), not cases of a switch somewhere.</summary>
    [Fact]
    public void No_dialog_switches_on_a_slash_command()
    {
        var hits = (from file in SourceFiles("dialogs")
                    let lines = File.ReadAllLines(file)
                    from i in Enumerable.Range(0, lines.Length)
                    where lines[i].TrimStart().StartsWith("case \"/", StringComparison.Ordinal)
                    select $"{Repo.Relative(file)}:{i + 1}: {lines[i].Trim()}").ToList();
        Assert.True(hits.Count == 0, "a switch on slash commands:\n" + string.Join("\n", hits));
    }

    /// <summary>Button values are routed by the engine's <c>MenuRoutes</c> (exact value, or prefix and typed argument), not split by hand.</summary>
    [Fact]
    public void No_dialog_splits_a_button_value_by_hand()
    {
        var hits = (from file in SourceFiles("dialogs")
                    let lines = File.ReadAllLines(file)
                    from i in Enumerable.Range(0, lines.Length)
                    where lines[i].Contains("Split(':'", StringComparison.Ordinal)
                    select $"{Repo.Relative(file)}:{i + 1}: {lines[i].Trim()}").ToList();
        Assert.True(hits.Count == 0, "a button value split by hand (declare MenuRoutes rows instead):\n" + string.Join("\n", hits));
    }
}
