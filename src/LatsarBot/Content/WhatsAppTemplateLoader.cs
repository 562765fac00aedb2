using System.Globalization;
using System.Text.RegularExpressions;
using LatsarBot.Channels.WhatsApp;
using LatsarBot.Data.Outbox;

namespace LatsarBot.Content;

/// <summary>
/// Reads content/whatsapp-templates.yaml: the templates submitted to Meta for messages outside the 24-hour window, one
/// per proactive kind, each checked against Meta's rules for a template (name, category, body with numbered parameters
/// in both languages, quick-reply buttons). Each broken rule is reported with file, line and a "whatsapp.template.*" rule.
/// </summary>
public static partial class WhatsAppTemplateLoader
{
    public const string File = "whatsapp-templates.yaml";

    /// <summary>Meta allows ten quick replies; more than three do not fit a phone screen beside the body.</summary>
    private const int MaxButtons = 3, MaxButtonText = 25;

    [GeneratedRegex("^[a-z0-9_]{1,512}$")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"\{\{(\d+)\}\}")]
    private static partial Regex Placeholder();

    public static WhatsAppTemplates Load(string root, List<ContentError> errors)
    {
        var shown = Path.Combine("content", File);
        var top = CurriculumYamlNode.Read(Path.Combine(root, File), shown, errors);
        if (top is null)
        {
            return WhatsAppTemplates.Empty;
        }

        top.AllowOnly("templates");
        var templates = new List<WhatsAppTemplate>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in top.Maps("templates") ?? [])
        {
            if (Read(node, names, kinds) is { } template)
            {
                templates.Add(template);
            }
        }

        return new WhatsAppTemplates(templates);
    }

    private static WhatsAppTemplate? Read(CurriculumYamlNode node, HashSet<string> names, HashSet<string> kinds)
    {
        node.AllowOnly("name", "kind", "category", "parameters", "body", "buttons");
        var ok = true;
        var name = node.Text("name");
        if (name is not null && !NamePattern().IsMatch(name))
        {
            ok = Fail(node, "name", "whatsapp.template.name", $"'{name}' must be lower case letters, digits and _ (Meta's rule for template names).");
        }
        else if (name is not null && !names.Add(name))
        {
            ok = Fail(node, "name", "whatsapp.template.name", $"'{name}' is used by another template.");
        }

        var kind = node.Text("kind");
        if (kind is not null && !ProactiveKinds.All.Contains(kind, StringComparer.Ordinal))
        {
            ok = Fail(node, "kind", "whatsapp.template.kind", $"'{kind}' is not a kind of proactive message; expected one of: {string.Join(", ", ProactiveKinds.All)}.");
        }
        else if (kind is not null && !kinds.Add(kind))
        {
            ok = Fail(node, "kind", "whatsapp.template.kind", $"'{kind}' already has a template; each kind is sent with exactly one.");
        }

        var category = node.Text("category");
        if (category is not null && !WhatsAppTemplate.Categories.Contains(category, StringComparer.Ordinal))
        {
            ok = Fail(node, "category", "whatsapp.template.category", $"'{category}' is not a category; expected utility or marketing.");
        }

        var parameters = (node.Text("parameters", required: false) ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        foreach (var unknown in parameters.Where(p => p != WhatsAppTemplate.TextParameter))
        {
            ok = Fail(node, "parameters", "whatsapp.template.parameters", $"'{unknown}' is not a parameter the bot can fill; expected: {WhatsAppTemplate.TextParameter}.");
        }

        var body = ReadBody(node, parameters.Length, ref ok);
        var buttons = ReadButtons(node, ref ok);
        return ok && name is not null && kind is not null && category is not null && body is not null
            ? new WhatsAppTemplate(name, kind, category, body, parameters, buttons)
            : null;
    }

    private static Dictionary<string, string>? ReadBody(CurriculumYamlNode node, int parameters, ref bool ok)
    {
        if (node.Map("body", missingRule: "whatsapp.template.body") is not { } body)
        {
            ok = false;
            return null;
        }

        body.AllowOnly([.. WhatsAppTemplate.Languages]);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var language in WhatsAppTemplate.Languages)
        {
            if (body.Text(language, missingRule: "whatsapp.template.body") is not { } text)
            {
                ok = false;
                continue;
            }

            var numbers = Placeholder().Matches(text).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
            if (!numbers.Order().SequenceEqual(Enumerable.Range(1, parameters)) || numbers.Distinct().Count() != numbers.Count)
            {
                ok = Fail(body, language, "whatsapp.template.body", $"The body must use {{{{1}}}} … {{{{{parameters}}}}} once each, one per parameter ({parameters}); it has {numbers.Count}.");
            }
            else if (numbers.Count > 0 && (Placeholder().Match(text).Index == 0 || text.EndsWith("}}", StringComparison.Ordinal)))
            {
                ok = Fail(body, language, "whatsapp.template.body", "A parameter may not start or end the body (Meta refuses such templates).");
            }
            else if (text.Length > WhatsAppTemplateRenderer.MaxBody)
            {
                ok = Fail(body, language, "whatsapp.template.body", $"The body has {text.Length} characters; Meta allows {WhatsAppTemplateRenderer.MaxBody}.");
            }

            texts[language] = text;
        }

        return texts;
    }

    private static List<IReadOnlyDictionary<string, string>> ReadButtons(CurriculumYamlNode node, ref bool ok)
    {
        var buttons = new List<IReadOnlyDictionary<string, string>>();
        var list = node.Maps("buttons", "whatsapp.template.buttons");
        if (list is null)
        {
            ok = false;
            return buttons;
        }

        if (list.Count is 0 or > MaxButtons)
        {
            ok = Fail(node, "buttons", "whatsapp.template.buttons", $"A template has 1 to {MaxButtons} quick-reply buttons (a press reopens the chat); it has {list.Count}.");
        }

        foreach (var button in list)
        {
            button.AllowOnly([.. WhatsAppTemplate.Languages]);
            var texts = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var language in WhatsAppTemplate.Languages)
            {
                if (button.Text(language, missingRule: "whatsapp.template.buttons") is not { } text)
                {
                    ok = false;
                }
                else if (text.Length > MaxButtonText)
                {
                    ok = Fail(button, language, "whatsapp.template.buttons", $"'{text}' has {text.Length} characters; a quick-reply button holds {MaxButtonText}.");
                }
                else
                {
                    texts[language] = text;
                }
            }

            buttons.Add(texts);
        }

        return buttons;
    }

    private static bool Fail(CurriculumYamlNode node, string key, string rule, string message)
    {
        node.Report(node.LineOf(key), rule, message);
        return false;
    }
}
