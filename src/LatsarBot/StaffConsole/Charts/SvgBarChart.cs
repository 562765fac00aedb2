using System.Globalization;
using System.Text;
using static LatsarBot.StaffConsole.ConsoleHtml;

namespace LatsarBot.StaffConsole.Charts;

/// <summary>One bar: its label, its count, and whether it shows something late (drawn in the warning colour).</summary>
public sealed record ChartBar(string Label, int Count, bool Late = false);

/// <summary>
/// A horizontal bar chart as inline SVG, drawn on the server: no script, readable on a phone (labels on the left,
/// counts after each bar), and accessible: role="img" with a title and description, and the same figures as a
/// table beneath (the text alternative), so a screen reader or a printout loses nothing.
/// </summary>
public static class SvgBarChart
{
    private const int Width = 420;
    private const int LabelWidth = 175;
    private const int CountWidth = 40;
    private const int BarHeight = 22;
    private const int Gap = 8;

    public static string Render(string id, string titleId, string titleEn, string description, IReadOnlyList<ChartBar> bars, string countHeaderId = "Jumlah", string countHeaderEn = "Count")
    {
        ArgumentNullException.ThrowIfNull(bars);
        var max = Math.Max(1, bars.Count == 0 ? 1 : bars.Max(b => b.Count));
        var height = Math.Max(1, bars.Count) * (BarHeight + Gap) + Gap;
        var room = Width - LabelWidth - CountWidth;
        var svg = new StringBuilder("<figure class=\"chart\" id=\"").Append(E(id)).Append("\"><figcaption><h2>").Append(Bi(titleId, titleEn)).Append("</h2></figcaption>")
            .Append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").Append(Width).Append(' ').Append(height)
            .Append("\" aria-labelledby=\"").Append(E(id)).Append("-t ").Append(E(id)).Append("-d\"><title id=\"").Append(E(id)).Append("-t\">").Append(E(titleId))
            .Append("</title><desc id=\"").Append(E(id)).Append("-d\">").Append(E(description)).Append("</desc>");
        var y = Gap;
        foreach (var bar in bars)
        {
            var length = bar.Count == 0 ? 0 : Math.Max(2, (int)Math.Round((double)bar.Count / max * room));
            var middle = y + (BarHeight / 2) + 4;
            svg.Append("<g class=\"row\" data-label=\"").Append(E(bar.Label)).Append("\" data-count=\"").Append(N(bar.Count)).Append("\">")
                .Append("<text x=\"0\" y=\"").Append(N(middle)).Append("\">").Append(E(bar.Label)).Append("</text>")
                .Append("<rect class=\"bar").Append(bar.Late ? " late" : "").Append("\" x=\"").Append(LabelWidth).Append("\" y=\"").Append(N(y))
                .Append("\" width=\"").Append(N(length)).Append("\" height=\"").Append(BarHeight).Append("\"></rect>")
                .Append("<text class=\"count\" x=\"").Append(N(LabelWidth + length + 6)).Append("\" y=\"").Append(N(middle)).Append("\">").Append(N(bar.Count)).Append("</text></g>");
            y += BarHeight + Gap;
        }

        svg.Append("<line class=\"axis\" x1=\"").Append(LabelWidth).Append("\" y1=\"0\" x2=\"").Append(LabelWidth).Append("\" y2=\"").Append(N(height)).Append("\"></line></svg>");
        svg.Append("<details><summary>").Append(Bi("Tabel data", "Data table")).Append("</summary><table class=\"chart-data\"><thead><tr><th scope=\"col\">")
            .Append(Bi("Kategori", "Category")).Append("</th><th scope=\"col\" class=\"num\">").Append(Bi(countHeaderId, countHeaderEn)).Append("</th></tr></thead><tbody>");
        foreach (var bar in bars)
        {
            svg.Append("<tr><th scope=\"row\">").Append(E(bar.Label)).Append("</th><td class=\"num\">").Append(N(bar.Count)).Append("</td></tr>");
        }

        return svg.Append("</tbody></table></details></figure>").ToString();
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
