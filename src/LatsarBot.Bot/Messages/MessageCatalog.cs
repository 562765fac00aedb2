using System.Globalization;
using System.Text;
using LatsarBot.Core.Participants;

namespace LatsarBot.Bot.Messages;

/// <summary>
/// Every sentence the bot says, per language, keyed by id ("onboarding.ask_nip"). Templates name their
/// arguments in braces: "Halo, {name}!". Loaded from content/messages; validated before the host starts.
/// </summary>
public sealed class MessageCatalog
{
    private readonly IReadOnlyDictionary<Language, IReadOnlyDictionary<string, string>> _templates;

    public MessageCatalog(IReadOnlyDictionary<Language, IReadOnlyDictionary<string, string>> templates)
    {
        _templates = templates;
    }

    public bool Has(Language language, string key) =>
        _templates.TryGetValue(language, out var table) && table.ContainsKey(key);

    public IEnumerable<string> Keys(Language language) =>
        _templates.TryGetValue(language, out var table) ? table.Keys : [];

    /// <summary>The text for a key; falls back to Indonesian, then to the key itself so a gap is visible, not fatal.</summary>
    public string Text(Language language, string key, params (string Name, object? Value)[] args)
    {
        var template = Find(language, key) ?? Find(Language.Id, key) ?? $"[{key}]";
        return Format(template, language, args);
    }

    private string? Find(Language language, string key) =>
        _templates.TryGetValue(language, out var table) && table.TryGetValue(key, out var text) ? text : null;

    private static string Format(string template, Language language, (string Name, object? Value)[] args)
    {
        if (args.Length == 0)
        {
            return template;
        }

        var culture = CultureInfo.GetCultureInfo(language == Language.En ? "en-US" : "id-ID");
        var text = new StringBuilder(template);
        foreach (var (name, value) in args)
        {
            text.Replace("{" + name + "}", Convert.ToString(value, culture));
        }

        return text.ToString();
    }

    /// <summary>The argument names a template uses, for the content check.</summary>
    public static IReadOnlySet<string> Placeholders(string template)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] == '{')
            {
                start = i;
            }
            else if (template[i] == '}' && start >= 0)
            {
                names.Add(template[(start + 1)..i]);
                start = -1;
            }
        }

        return names;
    }
}
