namespace LatsarBot.Learning.Actualization.Report;

/// <summary>A built draft: where its two files are, and the counts the chat message quotes.</summary>
public sealed record DraftReport(string PdfUrl, string MarkdownUrl, int Entries, int Evidence, int RtlItems);
