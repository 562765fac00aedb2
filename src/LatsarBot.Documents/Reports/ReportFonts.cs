using PdfSharp.Fonts;

namespace LatsarBot.Documents.Reports;

/// <summary>
/// PDFsharp finds no fonts by itself on Linux: this resolver serves DejaVu Sans (regular and bold) from the font
/// folder shipped in content/fonts, else from Debian's fonts-dejavu-core. PDFsharp keeps one resolver for the whole
/// process and wants the same instance every time, hence the single static instance, installed once.
/// </summary>
public sealed class ReportFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";
    private const string DebianFolder = "/usr/share/fonts/truetype/dejavu";

    private static readonly Lock Gate = new();
    private static ReportFonts? _installed;

    private readonly IReadOnlyList<string> _folders;
    private readonly Dictionary<string, byte[]> _faces = [];

    private ReportFonts(IReadOnlyList<string> folders) => _folders = folders;

    /// <summary>Installs the resolver on first use; later calls (another host in the same process) keep the first.</summary>
    public static void Install(string? folder)
    {
        lock (Gate)
        {
            if (_installed is not null)
            {
                return;
            }

            _installed = new ReportFonts(folder is null ? [DebianFolder] : [folder, DebianFolder]);
            GlobalFontSettings.FontResolver = _installed;
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        // Every family asked for is drawn in DejaVu Sans; italics are simulated by PDFsharp.
        new(bold ? Bold : Regular, mustSimulateBold: false, mustSimulateItalic: italic);

    public byte[]? GetFont(string faceName)
    {
        lock (_faces)
        {
            if (!_faces.TryGetValue(faceName, out var bytes))
            {
                var path = _folders.Select(f => Path.Combine(f, faceName + ".ttf")).FirstOrDefault(File.Exists)
                    ?? throw new FileNotFoundException($"Font {faceName}.ttf is in none of: {string.Join(", ", _folders)}. Install fonts-dejavu-core or restore content/fonts.");
                _faces[faceName] = bytes = File.ReadAllBytes(path);
            }

            return bytes;
        }
    }
}
