using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LatsarBot.Channels.WhatsApp;

namespace LatsarBot.Testing.FakeWhatsApp;

/// <summary>
/// The templates Meta approved for the business, by name and language, with their number of body parameters and
/// quick-reply buttons; a template message is checked against them the way the Cloud API checks it.
/// </summary>
public sealed partial class FakeTemplateRegistry
{
    private readonly ConcurrentDictionary<(string Name, string Language), (int Parameters, int Buttons)> _approved = new();

    [GeneratedRegex(@"[\n\t]| {4,}")]
    private static partial Regex Forbidden();

    public void Register(string name, string language, int parameters, int buttons) => _approved[(name, language)] = (parameters, buttons);

    /// <summary>Every template of the catalog in each of its languages, as if all had been submitted and approved.</summary>
    public void Register(WhatsAppTemplates catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        foreach (var template in catalog.All)
        {
            foreach (var language in template.Body.Keys)
            {
                Register(template.Name, language, template.Parameters.Count, template.Buttons.Count);
            }
        }
    }

    /// <summary>Null when the template message would be sent; else Meta's error for it.</summary>
    public (int Code, string Message, string Details)? Problem(JsonObject? template)
    {
        var name = template?["name"]?.ToString();
        var language = template?["language"]?["code"]?.ToString();
        if (name is null || language is null || !_approved.TryGetValue((name, language), out var approved))
        {
            return (132001, "(#132001) Template name does not exist in the translation", $"template name ({name}) does not exist in {language}");
        }

        var components = (template!["components"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        var parameters = components.Where(c => c["type"]?.ToString() == "body")
            .SelectMany(c => c["parameters"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        if (parameters.Count != approved.Parameters)
        {
            return (132000, "(#132000) Number of parameters does not match the expected number of params", $"body: number of localizable_params ({parameters.Count}) does not match the expected number of params ({approved.Parameters})");
        }

        if (parameters.Any(p => p["type"]?.ToString() != "text" || Forbidden().IsMatch(p["text"]?.ToString() ?? "\n")))
        {
            return (132018, "(#132018) There was an issue with the parameters in your template.", "Param text cannot have new-line/tab characters or more than 4 consecutive spaces");
        }

        foreach (var button in components.Where(c => c["type"]?.ToString() == "button"))
        {
            if (button["sub_type"]?.ToString() != "quick_reply" || !int.TryParse(button["index"]?.ToString(), out var index) || index < 0 || index >= approved.Buttons
                || (button["parameters"] as JsonArray)?.FirstOrDefault()?["payload"] is null)
            {
                return (131009, "(#131009) Parameter value is not valid", "button: index, sub_type quick_reply and a payload within the template's buttons");
            }
        }

        return null;
    }
}
