using System.Text.RegularExpressions;

namespace LatsarBot.Channels.WhatsApp;

/// <summary>
/// Our Markdown subset in WhatsApp's own formatting: *bold*, _italic_ and "- " lists are already WhatsApp's syntax;
/// a link has no markup there, so [label](https://…) becomes "label (https://…)", which WhatsApp makes tappable.
/// WhatsApp has no escaping, so nothing else is touched.
/// </summary>
public static partial class WhatsAppFormatting
{
    [GeneratedRegex(@"\[([^\]\n]+)\]\((https?://[^\s)]+)\)")]
    private static partial Regex Link();

    public static string Render(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return Link().Replace(markdown, m => m.Groups[1].Value == m.Groups[2].Value ? m.Groups[2].Value : $"{m.Groups[1].Value} ({m.Groups[2].Value})");
    }

    /// <summary>A title as plain text (button and row titles show no formatting), cut to <paramref name="max"/> with "…".</summary>
    public static string Title(string text, int max)
    {
        var plain = Render(text).Replace("*", "", StringComparison.Ordinal).Trim();
        return Cut(plain, max);
    }

    public static string Cut(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = char.IsHighSurrogate(text[max - 2]) ? max - 2 : max - 1;
        return text[..cut].TrimEnd() + "…";
    }
}
