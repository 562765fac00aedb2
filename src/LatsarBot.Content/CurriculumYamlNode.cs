using System.Globalization;
using LatsarBot.Core.Curriculum;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using static LatsarBot.Content.CurriculumRuleIds;

namespace LatsarBot.Content;

/// <summary>
/// A YAML map of a curriculum or post-test file, read through the representation model so every value keeps its
/// line. Each accessor reports what is wrong (with the line of the key) and returns null, so a caller can read a
/// whole file and collect every error instead of stopping at the first.
/// </summary>
public sealed class CurriculumYamlNode(YamlMappingNode map, string file, List<ContentError> errors)
{
    public string File => file;

    public int Line => LineOf(map);

    /// <summary>Parses a file whose top is a map; reports a missing file, a syntax error or another shape.</summary>
    public static CurriculumYamlNode? Read(string path, string shown, List<ContentError> errors)
    {
        if (!System.IO.File.Exists(path))
        {
            errors.Add(new ContentError(shown, 0, FileMissing, "The file does not exist."));
            return null;
        }

        var yaml = new YamlStream();
        try
        {
            using var reader = new StreamReader(path);
            yaml.Load(reader);
        }
        catch (YamlException e)
        {
            // YamlDotNet signals a key given twice in one map as an ArgumentException from its dictionary.
            var message = e.InnerException is ArgumentException ? "A key appears twice in the same map." : e.InnerException?.Message ?? e.Message;
            errors.Add(new ContentError(shown, (int)e.Start.Line, YamlSyntax, message));
            return null;
        }

        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root)
        {
            var line = yaml.Documents.Count == 0 ? 1 : LineOf(yaml.Documents[0].RootNode);
            errors.Add(new ContentError(shown, line, FieldType, "The file must be a YAML map (key: value lines)."));
            return null;
        }

        return new CurriculumYamlNode(root, shown, errors);
    }

    public void Report(int line, string rule, string message) => errors.Add(new ContentError(file, line, rule, message));

    public bool Has(string key) => Find(key) is not null;

    /// <summary>The line of a key, or of this map when the key is absent (where it should be added).</summary>
    public int LineOf(string key) => Find(key) is { } entry ? LineOf(entry.Key) : Line;

    /// <summary>Reports every key the format does not know, so a misspelt "titel_en" does not vanish silently.</summary>
    public void AllowOnly(params string[] keys)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value;
            if (name is null || !keys.Contains(name, StringComparer.Ordinal))
            {
                Report(LineOf(key), FieldUnknown, $"'{name ?? key.ToString()}' is not part of the format here; expected: {string.Join(", ", keys)}.");
            }
        }
    }

    /// <summary>A non-empty text; <paramref name="missingRule"/> names the rule a content author looks up when it is absent.</summary>
    public string? Text(string key, bool required = true, string missingRule = FieldRequired)
    {
        if (Find(key) is not { } entry)
        {
            if (required)
            {
                Report(Line, missingRule, $"'{key}' is required.");
            }

            return null;
        }

        if (entry.Value is not YamlScalarNode scalar)
        {
            Report(LineOf(entry.Key), FieldType, $"'{key}' must be a text, not a list or a map.");
            return null;
        }

        var text = scalar.Value?.Trim() ?? "";
        if (text.Length == 0)
        {
            Report(LineOf(entry.Key), missingRule, $"'{key}' must not be empty.");
            return null;
        }

        return text;
    }

    /// <summary>The Indonesian text under <paramref name="key"/> with its optional English version under key_en.</summary>
    public LocalizedText? Localized(string key, bool required = true, string missingRule = FieldRequired)
    {
        var indonesian = Text(key, required, missingRule);
        var english = Text(key + "_en", required: false, missingRule);
        return indonesian is null ? null : new LocalizedText(indonesian, english);
    }

    public int? Integer(string key)
    {
        var text = Text(key);
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            Report(LineOf(key), FieldType, $"'{key}' must be a whole number of zero or more, not '{text}'.");
            return null;
        }

        return value;
    }

    /// <summary>true or false only: YAML 1.1's yes/no/on/off are not accepted, since they read as text to most people.</summary>
    public bool? Boolean(string key)
    {
        var text = Text(key, required: false);
        return text switch
        {
            null => null,
            "true" => true,
            "false" => false,
            _ => ReportNotBoolean(key, text),
        };
    }

    public CurriculumYamlNode? Map(string key, bool required = true, string missingRule = FieldRequired)
    {
        if (Find(key) is not { } entry)
        {
            if (required)
            {
                Report(Line, missingRule, $"'{key}' is required.");
            }

            return null;
        }

        if (entry.Value is not YamlMappingNode child)
        {
            Report(LineOf(entry.Key), FieldType, $"'{key}' must be a map (key: value lines).");
            return null;
        }

        return new CurriculumYamlNode(child, file, errors);
    }

    /// <summary>A list of maps; entries that are not maps are reported and left out.</summary>
    public IReadOnlyList<CurriculumYamlNode>? Maps(string key, string missingRule = FieldRequired)
    {
        if (Find(key) is not { } entry)
        {
            Report(Line, missingRule, $"'{key}' is required.");
            return null;
        }

        if (entry.Value is not YamlSequenceNode list)
        {
            Report(LineOf(entry.Key), FieldType, $"'{key}' must be a list whose entries start with '- '.");
            return null;
        }

        var maps = new List<CurriculumYamlNode>();
        foreach (var item in list.Children)
        {
            if (item is YamlMappingNode child)
            {
                maps.Add(new CurriculumYamlNode(child, file, errors));
            }
            else
            {
                Report(LineOf(item), FieldType, $"Each entry of '{key}' must be a map (key: value lines).");
            }
        }

        return maps;
    }

    /// <summary>The keys and scalar values of this map, for small tables such as expect: {K: 3}.</summary>
    public IEnumerable<(string Key, string? Value, int Line)> Entries() =>
        map.Children.Select(e => ((e.Key as YamlScalarNode)?.Value ?? "", (e.Value as YamlScalarNode)?.Value, LineOf(e.Key)));

    private static int LineOf(YamlNode node) => (int)node.Start.Line;

    private KeyValuePair<YamlNode, YamlNode>? Find(string key)
    {
        foreach (var entry in map.Children)
        {
            if (entry.Key is YamlScalarNode { Value: var name } && name == key)
            {
                return entry;
            }
        }

        return null;
    }

    private bool? ReportNotBoolean(string key, string text)
    {
        Report(LineOf(key), FieldType, $"'{key}' must be true or false, not '{text}'.");
        return null;
    }
}
