namespace LatsarBot.Content;

/// <summary>The "Content" section: where content/ lives.</summary>
public sealed class ContentOptions
{
    /// <summary>Relative to the content root (see <see cref="Hosting.HostPaths"/>).</summary>
    public string Path { get; set; } = "content";

    public string ResolvePath() => Hosting.HostPaths.Resolve(Path);
}
