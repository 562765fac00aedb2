using System.Text;
using LatsarBot.Sheets;

namespace LatsarBot.Tests.Sheets;

/// <summary>The shared sheet reader on a table of no import in particular: what every import gets from it.</summary>
public sealed class CsvSheetTests
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["code"] = "code",
        ["kode"] = "code",
        ["title"] = "title",
        ["judul"] = "title",
    };

    [Fact]
    public void Read_SemicolonFileWithBom_MapsAliasedColumnsAndLines()
    {
        byte[] bytes = [.. Encoding.UTF8.Preamble, .. Bytes("Kode;Judul;Catatan\r\n\r\nA1;Arsip, digital;x\r\n")];

        var sheet = CsvSheet.Read(bytes, Aliases, ["code"], "kode,judul");

        var row = Assert.Single(sheet.Rows);
        Assert.Equal((3, "A1", "Arsip, digital", (string?)null), (row.Line, row["code"], row["title"], row.LayoutProblem));
    }

    [Fact]
    public void Read_EmptyAndMissingCells_ReadAsNull()
    {
        var sheet = CsvSheet.Read(Bytes("code,title\r\nA1,\r\nA2\r\n"), Aliases, ["code"], "kode,judul");

        Assert.Equal([(2, null), (3, null)], sheet.Rows.Select(r => (r.Line, r["title"])));
    }

    [Theory]
    [InlineData("code,title\r\nA1,Arsip, digital\r\n", "the row has 3 values but the header has 2 columns; a value containing ',' must be in double quotes, e.g. \"Dr. Budi Santoso, M.Si.\"")]
    [InlineData("code;title\r\nA1;Arsip; digital\r\n", "the row has 3 values but the header has 2 columns; a value containing ';' must be in double quotes, e.g. \"Budi; Santoso\"")]
    public void Read_RowWithMoreValuesThanColumns_SaysHowToQuoteTheDelimiter(string csv, string problem)
    {
        var sheet = CsvSheet.Read(Bytes(csv), Aliases, ["code"], "kode,judul");

        Assert.Equal((2, problem), (sheet.Rows[0].Line, sheet.Rows[0].LayoutProblem));
    }

    [Theory]
    [InlineData("code,title\r\nA1,Arsip\r\nA2,Surat \"masuk\" baru\r\n", 3, "line 3: a value has a stray double quote (Surat \"masuk\" baru); put the whole value in double quotes and double the quotes inside it")]
    [InlineData("code,title\r\nA1,\"Arsip\r\nA2,Surat\r\n", 2, "line 2: a double quote opened on this line is never closed")]
    [InlineData("title\r\nArsip\r\n", 1, "line 1: the header has no code column; the first line must name the columns, e.g. kode,judul (found 'title')")]
    public void Read_MalformedFile_ThrowsNamingTheLine(string csv, int line, string message)
    {
        var error = Assert.Throws<CsvSheetException>(() => CsvSheet.Read(Bytes(csv), Aliases, ["code"], "kode,judul"));

        Assert.Equal((line, message), (error.Line, error.Message));
    }

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
