namespace LatsarBot.Bench;

/// <summary>The repository the bench belongs to, found from where it runs: content/ and bench/results/ live there.</summary>
public static class RepoPaths
{
    public static string Root()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "LatsarBot.sln")))
                {
                    return folder.FullName;
                }
            }
        }

        throw new InvalidOperationException("Cannot find LatsarBot.sln above the current folder or the bench binaries.");
    }
}
