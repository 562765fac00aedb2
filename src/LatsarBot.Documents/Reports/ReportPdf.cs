using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace LatsarBot.Documents.Reports;

/// <summary>
/// The report as an A4 PDF drawn with PDFsharp: blocks laid out top to bottom, words wrapped to the text width,
/// a new page when one is full, page numbers at the foot. DejaVu Sans is embedded as a subset (<see cref="ReportFonts"/>).
/// </summary>
public static class ReportPdf
{
    private const double Margin = 56;
    private const double IndentStep = 16;

    public static byte[] Render(ReportDocument document, Func<int, string> pageLabel)
    {
        using var pdf = new PdfDocument();
        pdf.Info.Title = document.Title;
        pdf.Info.Creator = "LatsarBot";
        var layout = new Layout(pdf, pageLabel);
        layout.Write(document.Title, layout.Title, 0, spaceBefore: 0, spaceAfter: 10);
        foreach (var block in document.Blocks)
        {
            switch (block.Kind)
            {
                case ReportBlockKind.Section:
                    layout.Write(block.Text, layout.Heading, 0, spaceBefore: 14, spaceAfter: 4, keepWithNext: true);
                    break;
                case ReportBlockKind.Subsection:
                    layout.Write(block.Text, layout.Bold, 0, spaceBefore: 8, spaceAfter: 2, keepWithNext: true);
                    break;
                case ReportBlockKind.Item:
                    layout.Write("• " + block.Text, layout.Body, block.Indent, spaceBefore: 2, spaceAfter: 0);
                    break;
                case ReportBlockKind.Note:
                    layout.Write(block.Text, layout.Italic, block.Indent, spaceBefore: 4, spaceAfter: 4);
                    break;
                default:
                    layout.Write(block.Text, layout.Body, block.Indent + (block.Indent > 0 ? 0.7 : 0), spaceBefore: 1, spaceAfter: 1);
                    break;
            }
        }

        layout.Finish();
        using var output = new MemoryStream();
        pdf.Save(output, closeStream: false);
        return output.ToArray();
    }

    private sealed class Layout(PdfDocument pdf, Func<int, string> pageLabel)
    {
        private XGraphics? _graphics;
        private PdfPage? _page;
        private double _y;

        public XFont Title { get; } = new(ReportFonts.Family, 17, XFontStyleEx.Bold);

        public XFont Heading { get; } = new(ReportFonts.Family, 12.5, XFontStyleEx.Bold);

        public XFont Bold { get; } = new(ReportFonts.Family, 10.5, XFontStyleEx.Bold);

        public XFont Body { get; } = new(ReportFonts.Family, 10, XFontStyleEx.Regular);

        public XFont Italic { get; } = new(ReportFonts.Family, 9.5, XFontStyleEx.Italic);

        private XFont Footer { get; } = new(ReportFonts.Family, 8, XFontStyleEx.Regular);

        public void Write(string text, XFont font, double indent, double spaceBefore, double spaceAfter, bool keepWithNext = false)
        {
            var graphics = _graphics ?? NewPage();
            var left = Margin + indent * IndentStep;
            var width = _page!.Width.Point - Margin - left;
            var lineHeight = font.GetHeight() * 1.15;
            _y += spaceBefore;
            var lines = Wrap(graphics, text, font, width).ToList();
            var bottom = _page.Height.Point - Margin;
            // A heading also needs room for a few lines of what it heads.
            var needed = (lines.Count + (keepWithNext ? 3 : 0)) * lineHeight;
            if (_y + needed > bottom && Margin + needed <= bottom)
            {
                // A block that fits on a page is kept together rather than split by a page break.
                graphics = NewPage();
            }

            foreach (var line in lines)
            {
                if (_y + lineHeight > _page.Height.Point - Margin)
                {
                    graphics = NewPage();
                }

                graphics.DrawString(line, font, XBrushes.Black, new XRect(left, _y, width, lineHeight), XStringFormats.TopLeft);
                _y += lineHeight;
            }

            _y += spaceAfter;
        }

        public void Finish()
        {
            DrawFooter();
            _graphics?.Dispose();
        }

        private XGraphics NewPage()
        {
            DrawFooter();
            _graphics?.Dispose();
            _page = pdf.AddPage();
            _page.Size = PdfSharp.PageSize.A4;
            _graphics = XGraphics.FromPdfPage(_page);
            _y = Margin;
            return _graphics;
        }

        private void DrawFooter()
        {
            if (_graphics is { } graphics && _page is { } page)
            {
                graphics.DrawString(pageLabel(pdf.PageCount), Footer, XBrushes.Gray,
                    new XRect(Margin, page.Height.Point - Margin + 14, page.Width.Point - 2 * Margin, 12), XStringFormats.TopCenter);
            }
        }

        /// <summary>
        /// Greedy word wrap on spaces, each word measured once (a line's width is its words' plus the spaces'); a word
        /// wider than the line is broken between characters.
        /// </summary>
        private static IEnumerable<string> Wrap(XGraphics graphics, string text, XFont font, double width)
        {
            var space = graphics.MeasureString(" ", font).Width;
            foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
            {
                var line = new List<string>();
                var used = 0.0;
                foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var wide = graphics.MeasureString(word, font).Width;
                    if (line.Count > 0 && used + space + wide <= width)
                    {
                        line.Add(word);
                        used += space + wide;
                        continue;
                    }

                    if (line.Count > 0)
                    {
                        yield return string.Join(' ', line);
                        line.Clear();
                    }

                    var rest = word;
                    while (wide > width && rest.Length > 1)
                    {
                        var fit = Math.Max(1, (int)(rest.Length * width / wide));
                        while (fit > 1 && graphics.MeasureString(rest[..fit], font).Width > width)
                        {
                            fit--;
                        }

                        yield return rest[..fit];
                        rest = rest[fit..];
                        wide = graphics.MeasureString(rest, font).Width;
                    }

                    line.Add(rest);
                    used = wide;
                }

                yield return string.Join(' ', line);
            }
        }
    }
}
