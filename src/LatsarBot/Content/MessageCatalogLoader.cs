using System.Text.RegularExpressions;
using LatsarBot.Bot.Messages;
using LatsarBot.Core.Participants;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace LatsarBot.Content;

/// <summary>
/// Reads content/messages/{id,en}.yaml (flat "key: text" maps) and checks them: YAML syntax, key shape,
/// text values, no duplicates, the same keys in both languages with the same placeholders, and every
/// key the dialogs use present.
/// </summary>
public static partial class MessageCatalogLoader
{
    public const string Folder = "messages";

    [GeneratedRegex("^[a-z0-9_]+(\\.[a-z0-9_]+)+$")]
    private static partial Regex KeyShape();

    public static MessageCatalog Load(string contentRoot, IEnumerable<string> requiredKeys, List<ContentError> errors)
    {
        var tables = new Dictionary<Language, IReadOnlyDictionary<string, string>>();
        var lines = new Dictionary<Language, Dictionary<string, int>>();
        foreach (var language in Enum.GetValues<Language>())
        {
            var relative = Path.Combine(Folder, language.Code() + ".yaml");
            var (table, keyLines) = ReadFile(contentRoot, relative, errors);
            tables[language] = table;
            lines[language] = keyLines;
        }

        CrossCheck(tables, lines, errors);
        foreach (var key in requiredKeys)
        {
            foreach (var language in tables.Keys.Where(l => !tables[l].ContainsKey(key)))
            {
                errors.Add(new ContentError(FileName(language), 1, "message.required", $"The key '{key}' is used by the bot but missing here."));
            }
        }

        return new MessageCatalog(tables);
    }

    private static string FileName(Language language) => Path.Combine("content", Folder, language.Code() + ".yaml");

    private static (Dictionary<string, string>, Dictionary<string, int>) ReadFile(string contentRoot, string relative, List<ContentError> errors)
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        var keyLines = new Dictionary<string, int>(StringComparer.Ordinal);
        var shown = Path.Combine("content", relative);
        var path = Path.Combine(contentRoot, relative);
        if (!File.Exists(path))
        {
            errors.Add(new ContentError(shown, 0, "file.missing", "The message catalog is missing."));
            return (table, keyLines);
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
            return (table, keyLines);
        }

        if (yaml.Documents.Count == 0)
        {
            errors.Add(new ContentError(shown, 1, "message.empty", "The catalog has no messages."));
            return (table, keyLines);
        }

        if (yaml.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add(new ContentError(shown, (int)yaml.Documents[0].RootNode.Start.Line, "message.shape", "A catalog is a map of 'key: text' lines."));
            return (table, keyLines);
        }

        foreach (var (keyNode, valueNode) in root.Children)
        {
            var line = (int)keyNode.Start.Line;
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!KeyShape().IsMatch(key))
            {
                errors.Add(new ContentError(shown, line, "message.key", $"'{key}' is not a key like 'area.name' (lower case, digits, '_' and dots)."));
                continue;
            }

            if (valueNode is not YamlScalarNode { Value: { Length: > 0 } text })
            {
                errors.Add(new ContentError(shown, line, "message.text", $"The message '{key}' needs a non-empty text."));
                continue;
            }

            if (!table.TryAdd(key, text))
            {
                errors.Add(new ContentError(shown, line, "message.duplicate", $"The key '{key}' appears twice (first on line {keyLines[key]})."));
                continue;
            }

            keyLines[key] = line;
        }

        return (table, keyLines);
    }

    private static void CrossCheck(
        Dictionary<Language, IReadOnlyDictionary<string, string>> tables,
        Dictionary<Language, Dictionary<string, int>> lines,
        List<ContentError> errors)
    {
        var main = Language.Id;
        foreach (var other in tables.Keys.Where(l => l != main))
        {
            foreach (var (key, text) in tables[main])
            {
                if (!tables[other].TryGetValue(key, out var translated))
                {
                    errors.Add(new ContentError(FileName(other), 1, "message.translation", $"'{key}' (line {lines[main][key]} of {FileName(main)}) has no translation here."));
                    continue;
                }

                var expected = MessageCatalog.Placeholders(text);
                var actual = MessageCatalog.Placeholders(translated);
                if (!expected.SetEquals(actual))
                {
                    errors.Add(new ContentError(FileName(other), lines[other][key], "message.placeholders",
                        $"'{key}' uses {{{string.Join("}, {", actual.Order())}}} but {FileName(main)} uses {{{string.Join("}, {", expected.Order())}}}."));
                }
            }

            foreach (var key in tables[other].Keys.Where(k => !tables[main].ContainsKey(k)))
            {
                errors.Add(new ContentError(FileName(other), lines[other][key], "message.orphan", $"'{key}' is not in {FileName(main)}, the main language."));
            }
        }
    }
}
