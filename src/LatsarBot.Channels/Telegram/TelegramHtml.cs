using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace LatsarBot.Channels.Telegram;

/// <summary>
/// Our Markdown subset (*bold*, _italic_, [label](https://…), "- " lists) as Telegram HTML. Everything
/// else is escaped, so a participant's name with "&lt;" or "&amp;" in it can never break a message.
/// Spans never cross a line, which keeps split chunks well-formed on their own.
/// </summary>
public static partial class TelegramHtml
{
    [GeneratedRegex(@"\[([^\]\n]+)\]\((https?://[^\s)]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"\*([^*\n]+)\*")]
    private static partial Regex Bold();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])_([^_\n]+)_(?![\p{L}\p{N}])")]
    private static partial Regex Italic();

    public static string Render(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var html = new StringBuilder(markdown.Length + 16);
        var at = 0;

        // Links first: an URL's own underscores and stars must not turn into italics or bold.
        foreach (Match link in Link().Matches(markdown))
        {
            html.Append(Spans(markdown[at..link.Index]));
            html.Append("<a href=\"").Append(WebUtility.HtmlEncode(link.Groups[2].Value)).Append("\">")
                .Append(Spans(link.Groups[1].Value)).Append("</a>");
            at = link.Index + link.Length;
        }

        html.Append(Spans(markdown[at..]));
        return html.ToString();
    }

    /// <summary>The visible text, as Telegram counts it against its length limits.</summary>
    public static string Plain(string markdown)
    {
        var text = Link().Replace(markdown, "$1");
        text = Bold().Replace(text, "$1");
        return Italic().Replace(text, "$1");
    }

    private static string Spans(string text)
    {
        var escaped = Escape(text);
        escaped = Bold().Replace(escaped, "<b>$1</b>");
        return Italic().Replace(escaped, "<i>$1</i>");
    }

    /// <summary>The three characters Telegram's HTML parser requires escaped (quotes are safe outside attributes).</summary>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);
}
