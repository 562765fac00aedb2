using LatsarBot.Core.Curriculum;
using static LatsarBot.Content.CurriculumRuleIds;

namespace LatsarBot.Content;

/// <summary>Reads a media block: a kind from the seed's list and exactly one of an https url or a file shipped in content/.</summary>
internal static class CurriculumMedia
{
    private static readonly Dictionary<string, MediaKind> Kinds = new(StringComparer.Ordinal)
    {
        ["video"] = MediaKind.Video,
        ["animation"] = MediaKind.Animation,
        ["slides"] = MediaKind.Slides,
        ["podcast"] = MediaKind.Podcast,
        ["infographic"] = MediaKind.Infographic,
        ["game"] = MediaKind.Game,
    };

    public static UnitMedia? Read(CurriculumYamlNode owner, string contentRoot)
    {
        var node = owner.Map("media", missingRule: Media);
        if (node is null)
        {
            return null;
        }

        node.AllowOnly("kind", "url", "file", "caption");
        var kind = ReadKind(node);
        var caption = node.Text("caption", required: false);
        var hasUrl = node.Has("url");
        if (hasUrl == node.Has("file"))
        {
            node.Report(node.Line, Media, "A medium has exactly one of 'url' (https) or 'file' (a path under content/).");
            return null;
        }

        var url = hasUrl ? ReadUrl(node) : null;
        var file = hasUrl ? null : ReadFile(node, contentRoot);
        return kind is { } k && (url is not null || file is not null) ? new UnitMedia(k, url, file, caption) : null;
    }

    private static MediaKind? ReadKind(CurriculumYamlNode node)
    {
        var kind = node.Text("kind", missingRule: Media);
        if (kind is null)
        {
            return null;
        }

        if (!Kinds.TryGetValue(kind, out var known))
        {
            node.Report(node.LineOf("kind"), Media, $"'{kind}' is not a media kind; use one of: {string.Join(", ", Kinds.Keys)}.");
            return null;
        }

        return known;
    }

    private static Uri? ReadUrl(CurriculumYamlNode node)
    {
        var text = node.Text("url", missingRule: Media);
        if (text is null)
        {
            return null;
        }

        // Participants open these links on their phones; plain http would be blocked or tampered with on the way.
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps || url.Host.Length == 0)
        {
            node.Report(node.LineOf("url"), Media, $"'{text}' is not an https address.");
            return null;
        }

        return url;
    }

    private static string? ReadFile(CurriculumYamlNode node, string contentRoot)
    {
        var text = node.Text("file", missingRule: Media);
        if (text is null)
        {
            return null;
        }

        var root = Path.GetFullPath(contentRoot);
        var full = Path.GetFullPath(Path.Combine(root, text));
        var inside = full.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        if (text.Contains('\\', StringComparison.Ordinal) || Path.IsPathRooted(text) || !inside)
        {
            node.Report(node.LineOf("file"), Media, $"'{text}' must be a '/'-separated path inside content/, such as media/u-1-1-2.svg.");
            return null;
        }

        if (!File.Exists(full))
        {
            node.Report(node.LineOf("file"), Media, $"The file content/{text} does not exist.");
            return null;
        }

        return text;
    }
}
