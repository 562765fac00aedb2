using System.Text.RegularExpressions;
using LatsarBot.Bot.Activities;

namespace LatsarBot.Channels.WhatsApp;

/// <summary>
/// A proactive reply outside the 24-hour window as its approved template: the reply's text as the body parameter (one
/// line, as Meta requires: no line breaks, tabs or runs of spaces) and a quick-reply payload on every button whose press
/// reopens the chat and brings the whole message, buttons and all. Pure, like <see cref="WhatsAppReplyRenderer"/>.
/// </summary>
public static partial class WhatsAppTemplateRenderer
{
    /// <summary>A template body, parameters included, may hold 1,024 characters.</summary>
    public const int MaxBody = 1024;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\{\{\d+\}\}")]
    private static partial Regex Placeholder();

    public static WaOutgoing Render(string to, WhatsAppTemplate template, string? language, Reply reply, string openPayload)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(reply);
        var code = language is not null && template.Body.ContainsKey(language) ? language : WhatsAppTemplate.Languages[0];
        var room = MaxBody - Placeholder().Replace(template.Body[code], "").Length;
        var text = OneLine(string.IsNullOrWhiteSpace(reply.Text) ? reply.Poll?.Question ?? "…" : reply.Text);
        var parameters = template.Parameters
            .Select(_ => new WaOutParameter("text", Text: WhatsAppFormatting.Cut(text, Math.Max(1, room / Math.Max(1, template.Parameters.Count)))))
            .ToList();
        var components = new List<WaOutComponent>();
        if (parameters.Count > 0)
        {
            components.Add(new WaOutComponent("body", parameters));
        }

        components.AddRange(template.Buttons.Select((_, i) =>
            new WaOutComponent("button", [new WaOutParameter("payload", Payload: openPayload)], SubType: "quick_reply", Index: i.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        return new WaOutgoing(to, "template", Template: new WaOutTemplate(template.Name, new WaOutLanguage(code), components));
    }

    /// <summary>The message as one line of plain WhatsApp text.</summary>
    public static string OneLine(string markdown) => Whitespace().Replace(WhatsAppFormatting.Render(markdown).Replace("\n", " · ", StringComparison.Ordinal), " ").Trim();
}
