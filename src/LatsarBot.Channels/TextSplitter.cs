namespace LatsarBot.Channels;

/// <summary>
/// Cuts a long Markdown text into parts a platform accepts: at paragraph breaks where possible, then at
/// line breaks, then between words, and only as a last resort inside a word. The limit is applied to
/// the source, which is never shorter than what Telegram or WhatsApp count, so no part can be refused for length.
/// </summary>
public static class TextSplitter
{
    public static IReadOnlyList<string> Split(string text, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 2);
        var parts = new List<string>();
        var rest = text.Trim();
        while (rest.Length > limit)
        {
            var cut = CutPoint(rest, limit);
            parts.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0)
        {
            parts.Add(rest);
        }

        return parts;
    }

    private static int CutPoint(string text, int limit)
    {
        foreach (var separator in new[] { "\n\n", "\n", " " })
        {
            var at = text.LastIndexOf(separator, limit, StringComparison.Ordinal);
            if (at > 0)
            {
                return at;
            }
        }

        // One unbroken run: cut at the limit, but never between the halves of a surrogate pair.
        return char.IsHighSurrogate(text[limit - 1]) ? limit - 1 : limit;
    }
}
