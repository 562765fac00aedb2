namespace LatsarBot.Documents.Reports;

/// <summary>
/// A report as language-resolved blocks, so the PDF and the Markdown say exactly the same thing and each renderer
/// only decides how a block looks.
/// </summary>
public sealed record ReportDocument(string Title, IReadOnlyList<ReportBlock> Blocks);

public sealed record ReportBlock(ReportBlockKind Kind, string Text, int Indent = 0);

public enum ReportBlockKind
{
    Section,
    Subsection,
    Paragraph,
    Note,
    Item,
}
