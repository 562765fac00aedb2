namespace LatsarBot.Testing;

/// <summary>Folders of the repository, found from the test binaries.</summary>
public static class TestPaths
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Content => Path.Combine(RepoRoot, "content");

    /// <summary>A fresh folder under the system temp folder, for one test's files.</summary>
    public static string NewTempFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "latsarbot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Evidence store and generated reports in a fresh temp folder, so no test writes into the repo's data/.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> FileSettings()
    {
        var folder = NewTempFolder();
        return
        [
            new("Evidence:StoragePath", Path.Combine(folder, "evidence")),
            new("Reports:StoragePath", Path.Combine(folder, "reports")),
        ];
    }

    /// <summary>A copy of content/ that a test may break without touching the real one.</summary>
    public static string CopyOfContent()
    {
        var target = NewTempFolder();
        foreach (var file in Directory.EnumerateFiles(Content, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(Content, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "LatsarBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find LatsarBot.sln above " + AppContext.BaseDirectory);
    }
}
