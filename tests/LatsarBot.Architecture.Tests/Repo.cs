using System.Xml.Linq;

namespace LatsarBot.Architecture.Tests;

/// <summary>The checked-out tree, found from the test binary upwards, and its projects read as plain XML.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "LatsarBot.sln")))
                return dir.FullName;
        throw new InvalidOperationException($"LatsarBot.sln not found above {AppContext.BaseDirectory}");
    }

    public static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    /// <summary>Every production project (src/ and dialogs/), by project name.</summary>
    public static IReadOnlyDictionary<string, ProjectFile> Projects { get; } = ProjectsUnder("src", "dialogs");

    /// <summary>Every test and test-support project (tests/), by project name.</summary>
    public static IReadOnlyDictionary<string, ProjectFile> TestProjects { get; } = ProjectsUnder("tests");

    private static Dictionary<string, ProjectFile> ProjectsUnder(params string[] folders) =>
        folders
            .Select(d => Path.Combine(Root, d))
            .Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*.csproj", SearchOption.AllDirectories))
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Select(ProjectFile.Read)
            .ToDictionary(p => p.Name);
}

internal sealed record ProjectFile(string Name, string Path, IReadOnlySet<string> ProjectReferences,
    IReadOnlySet<string> Packages, IReadOnlySet<string> Frameworks)
{
    public static ProjectFile Read(string path)
    {
        var xml = XDocument.Load(path);
        IReadOnlySet<string> Includes(string element) => xml.Descendants(element)
            .Select(e => (string?)e.Attribute("Include"))
            .OfType<string>()
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var projects = Includes("ProjectReference")
            .Select(r => System.IO.Path.GetFileNameWithoutExtension(r.Replace('\\', '/')))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new(System.IO.Path.GetFileNameWithoutExtension(path), Repo.Relative(path), projects,
            Includes("PackageReference"), Includes("FrameworkReference"));
    }
}
