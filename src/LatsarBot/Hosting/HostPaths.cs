namespace LatsarBot.Hosting;

/// <summary>
/// Where configuration, content and the SQLite file live. `dotnet run --project src/LatsarBot` starts in
/// the project folder, so the repo root is found by walking up to the folder that holds appsettings.json
/// and content/; installed elsewhere, the copies beside the executable are used.
/// </summary>
public static class HostPaths
{
    public static string ContentRoot()
    {
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "appsettings.json")) && Directory.Exists(Path.Combine(folder.FullName, "content")))
            {
                return folder.FullName;
            }
        }

        return AppContext.BaseDirectory;
    }

    public static WebApplicationOptions WebOptions(string[] args) => new()
    {
        Args = args,
        ContentRootPath = ContentRoot(),
        WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
    };

    /// <summary>A relative path from configuration ("./data/latsarbot.db", "content") taken from the content root.</summary>
    public static string Resolve(string path) => Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(ContentRoot(), path));
}
