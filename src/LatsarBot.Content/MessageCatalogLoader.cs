using System.Text.RegularExpressions;
using LatsarBot.Bot.Messages;
using LatsarBot.Core.Participants;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace LatsarBot.Content;

/// <summary>
/// Reads content/messages/AREA.LANG.yaml (flat "key: text" maps; one file per feature area and language,
/// e.g. core.id.yaml and core.en.yaml) and checks them: YAML syntax, key shape, text values, no key twice,
/// every area in every language, the same keys with the same placeholders in each language, and every
/// key the bot uses present.
/// </summary>
public static partial class MessageCatalogLoader
{
    public const string Folder = "messages";

    [GeneratedRegex("^[a-z0-9_]+(\\.[a-z0-9_]+)+$")]
    private static partial Regex KeyShape();

    private sealed record Entry(string Text, string File, int Line);

    public static MessageCatalog Load(string contentRoot, IEnumerable<string> requiredKeys, List<ContentError> errors)
    {
        var folder = Path.Combine(contentRoot, Folder);
        var languages = Enum.GetValues<Language>();
        var entries = languages.ToDictionary(l => l, _ => new Dictionary<string, Entry>(StringComparer.Ordinal));
        var areas = AreasOf(folder, languages, errors);
        foreach (var area in areas)
        {
            foreach (var language in languages)
            {
                ReadFile(folder, area, language, entries[language], errors);
            }
        }

        if (areas.Count == 0)
        {
            errors.Add(new ContentError(Shown($"core.{Language.Id.Code()}.yaml"), 0, "file.missing", "No message catalog was found."));
        }

        CrossCheck(entries, errors);
        foreach (var key in requiredKeys)
        {
            foreach (var language in languages.Where(l => !entries[l].ContainsKey(key)))
            {
                errors.Add(new ContentError(Shown($"*.{language.Code()}.yaml"), 0, "message.required", $"The key '{key}' is used by the bot but missing in {language.Code()}."));
            }
        }

        return new MessageCatalog(entries.ToDictionary(
            e => e.Key,
            e => (IReadOnlyDictionary<string, string>)e.Value.ToDictionary(x => x.Key, x => x.Value.Text, StringComparer.Ordinal)));
    }

    private static string Shown(string fileName) => Path.Combine("content", Folder, fileName);

    /// <summary>The areas (file name before the language), each of which must exist in every language.</summary>
    private static List<string> AreasOf(string folder, Language[] languages, List<ContentError> errors)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var byArea = Directory.EnumerateFiles(folder, "*.yaml")
            .Select(Path.GetFileNameWithoutExtension)
            .Select(name => (Area: Path.GetFileNameWithoutExtension(name!), Language: Path.GetExtension(name!).TrimStart('.')))
            .ToList();
        foreach (var odd in byArea.Where(f => Languages.TryParse(f.Language) is null || f.Area.Length == 0))
        {
            errors.Add(new ContentError(Shown($"{odd.Area}.{odd.Language}.yaml".TrimStart('.')), 0, "file.name", "A catalog is named AREA.LANG.yaml with LANG one of: " + string.Join(", ", languages.Select(l => l.Code())) + "."));
        }

        var areas = byArea.Where(f => Languages.TryParse(f.Language) is not null && f.Area.Length > 0).Select(f => f.Area).Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (var area in areas)
        {
            foreach (var language in languages.Where(l => !byArea.Contains((area, l.Code()))))
            {
                errors.Add(new ContentError(Shown($"{area}.{language.Code()}.yaml"), 0, "file.missing", $"The area '{area}' has no {language.Code()} catalog."));
            }
        }

        return areas;
    }

    private static void ReadFile(string folder, string area, Language language, Dictionary<string, Entry> entries, List<ContentError> errors)
    {
        var fileName = $"{area}.{language.Code()}.yaml";
        var shown = Shown(fileName);
        var path = Path.Combine(folder, fileName);
        if (!File.Exists(path))
        {
            return;
        }

        var yaml = new YamlStream();
        try
        {
            using var reader = new StreamReader(path);
            yaml.Load(reader);
        }
        catch (YamlException e)
        {
            errors.Add(new ContentError(shown, (int)e.Start.Line, "yaml.syntax", e.InnerException?.Message ?? e.Message));
            return;
        }

        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root)
        {
            var line = yaml.Documents.Count == 0 ? 1 : (int)yaml.Documents[0].RootNode.Start.Line;
            errors.Add(new ContentError(shown, line, "message.shape", "A catalog is a map of 'key: text' lines."));
            return;
        }

        foreach (var (keyNode, valueNode) in root.Children)
        {
            var line = (int)keyNode.Start.Line;
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!KeyShape().IsMatch(key))
            {
                errors.Add(new ContentError(shown, line, "message.key", $"'{key}' is not a key like 'area.name' (lower case, digits, '_' and dots)."));
            }
            else if (valueNode is not YamlScalarNode { Value: { Length: > 0 } text })
            {
                errors.Add(new ContentError(shown, line, "message.text", $"The message '{key}' needs a non-empty text."));
            }
            else if (entries.TryGetValue(key, out var first))
            {
                errors.Add(new ContentError(shown, line, "message.duplicate", $"The key '{key}' is already defined at {first.File}:{first.Line}."));
            }
            else
            {
                entries[key] = new Entry(text, shown, line);
            }
        }
    }

    private static void CrossCheck(Dictionary<Language, Dictionary<string, Entry>> entries, List<ContentError> errors)
    {
        var main = entries[Language.Id];
        foreach (var (language, other) in entries.Where(e => e.Key != Language.Id))
        {
            foreach (var (key, entry) in main)
            {
                if (!other.TryGetValue(key, out var translated))
                {
                    var target = entry.File.Replace($".{Language.Id.Code()}.yaml", $".{language.Code()}.yaml", StringComparison.Ordinal);
                    errors.Add(new ContentError(target, 0, "message.translation", $"'{key}' ({entry.File}:{entry.Line}) has no translation here."));
                    continue;
                }

                var expected = MessageCatalog.Placeholders(entry.Text);
                var actual = MessageCatalog.Placeholders(translated.Text);
                if (!expected.SetEquals(actual))
                {
                    errors.Add(new ContentError(translated.File, translated.Line, "message.placeholders",
                        $"'{key}' uses {{{string.Join("}, {", actual.Order())}}} but {entry.File}:{entry.Line} uses {{{string.Join("}, {", expected.Order())}}}."));
                }
            }

            foreach (var (key, entry) in other.Where(e => !main.ContainsKey(e.Key)))
            {
                errors.Add(new ContentError(entry.File, entry.Line, "message.orphan", $"'{key}' has no {Language.Id.Code()} original, the main language."));
            }
        }
    }
}
