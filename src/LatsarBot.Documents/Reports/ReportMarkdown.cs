using System.Text;

namespace LatsarBot.Documents.Reports;

/// <summary>The report as Markdown, for participants who edit their draft in a word processor or online editor.</summary>
public static class ReportMarkdown
{
    public static string Render(ReportDocument document)
    {
        var text = new StringBuilder().Append("# ").AppendLine(Escape(document.Title)).AppendLine();
        foreach (var block in document.Blocks)
        {
            var line = Escape(block.Text);
            _ = block.Kind switch
            {
                ReportBlockKind.Section => text.AppendLine().Append("## ").AppendLine(line).AppendLine(),
                ReportBlockKind.Subsection => text.AppendLine().Append("### ").AppendLine(line).AppendLine(),
                ReportBlockKind.Note => text.Append('_').Append(line).AppendLine("_").AppendLine(),
                ReportBlockKind.Item => text.Append(new string(' ', block.Indent * 2)).Append("- ").AppendLine(line),
                _ => block.Indent > 0
                    ? text.Append(new string(' ', block.Indent * 2 + 2)).AppendLine(line)
                    : text.AppendLine(line).AppendLine(),
            };
        }

        return text.ToString();
    }

    /// <summary>What a participant typed must not turn into headings, emphasis or links.</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '#' or '<' or '>')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
