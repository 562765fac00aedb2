using System.Text;
using LatsarBot.Core.Participants;
using LatsarBot.Roster;
using LatsarBot.Sheets;
using static LatsarBot.Tests.Roster.RosterBuilders;

namespace LatsarBot.Tests.Roster;

public sealed class RosterReaderTests
{
    [Fact]
    public void Read_CommaFile_MapsEveryColumnByHeader()
    {
        var csv = Csv(Header, Row(Andi, "Andi Pratama", "Angkatan I", "Kelas B", "Kota Uji", "0812 1111 2222", "andi@uji.go.id", "WITA", "en", "7", "peserta"));

        var file = RosterReader.Read(Bytes(csv));

        var row = Assert.Single(file.Rows);
        Assert.Equal(
            new RosterRow
            {
                Line = 2,
                Nip = Andi,
                Name = "Andi Pratama",
                Agency = "Kota Uji",
                Phone = "0812 1111 2222",
                Email = "andi@uji.go.id",
                TimeZone = "WITA",
                Language = "en",
                Cohort = "Angkatan I",
                Class = "Kelas B",
                Ndh = "7",
                Role = "peserta",
            },
            row);
        Assert.Empty(file.LayoutProblems);
    }

    [Fact]
    public void Read_SemicolonFileWithBomAndIndonesianHeaders_MapsColumns()
    {
        var csv = Csv("NIP;Nama;Instansi;No. HP;Zona Waktu;Bahasa;Angkatan;Kelas;NDH;Peran", $"{Andi};Andi, S.Kom.;Kota Uji;0812;WIT;id;Angkatan II;Kelas C;3;pembimbing");
        var bytes = Encoding.UTF8.Preamble.ToArray().Concat(Bytes(csv)).ToArray();

        var row = Assert.Single(RosterReader.Read(bytes).Rows);

        Assert.Equal(
            (Andi, "Andi, S.Kom.", "Kota Uji", "0812", "WIT", "id", "Angkatan II", "Kelas C", "3", "pembimbing"),
            (row.Nip, row.Name, row.Agency, row.Phone, row.TimeZone, row.Language, row.Cohort, row.Class, row.Ndh, row.Role));
    }

    [Theory]
    [InlineData("Name", "Phone", "Email", "Time_Zone", "Language", "Cohort", "Class")]
    [InlineData("NAMA", "HP", "E-mail", "zona_waktu", "BAHASA", "angkatan", "KELAS")]
    [InlineData("nama", "no_hp", "email", "Time Zone", "language", "Angkatan", "Kelas")]
    public void Read_HeaderAliasesInAnyCase_MapToTheSameFields(string name, string phone, string email, string zone, string language, string cohort, string kelas)
    {
        var csv = Csv($"nip,{name},{phone},{email},{zone},{language},{cohort},{kelas}", $"{Andi},Andi Pratama,0812,a@b.id,WIB,en,Angkatan I,Kelas A");

        var row = Assert.Single(RosterReader.Read(Bytes(csv)).Rows);

        Assert.Equal(("Andi Pratama", "0812", "a@b.id", "WIB", "en", "Angkatan I", "Kelas A"), (row.Name, row.Phone, row.Email, row.TimeZone, row.Language, row.Cohort, row.Class));
    }

    [Fact]
    public void Read_UnknownColumns_AreIgnored()
    {
        var csv = Csv("No,nip,Jabatan,name,Golongan", $"1,{Andi},Analis,Andi Pratama,III/a");

        var row = Assert.Single(RosterReader.Read(Bytes(csv)).Rows);

        Assert.Equal((Andi, "Andi Pratama", null), (row.Nip, row.Name, row.Agency));
    }

    [Fact]
    public void Read_BlankLinesAndEmptyExcelRows_AreSkippedAndLineNumbersStayTrue()
    {
        var csv = Csv("nip;name", $"{Andi};Andi", "", ";", $"{Siti};Siti");

        var file = RosterReader.Read(Bytes(csv));

        Assert.Equal([2, 5], file.Rows.Select(r => r.Line));
    }

    [Fact]
    public void Read_QuotedNameOverTwoLines_NextRowKeepsItsOwnLine()
    {
        var csv = Csv("nip,name", $"{Andi},\"Andi\nPratama\"", $"{Siti},Siti");

        var file = RosterReader.Read(Bytes(csv));

        Assert.Equal([(2, "Andi\nPratama"), (4, "Siti")], file.Rows.Select(r => (r.Line, r.Name)));
    }

    [Fact]
    public void Read_ShortRow_ReadsMissingCellsAsBlank()
    {
        var csv = Csv("nip,name,cohort,class", $"{Andi},Andi Pratama");

        var row = Assert.Single(RosterReader.Read(Bytes(csv)).Rows);

        Assert.Equal((Andi, null, null), (row.Nip, row.Cohort, row.Class));
    }

    [Fact]
    public void Read_UnquotedCommaInName_ReportsLayoutProblemOnThatLine()
    {
        var csv = Csv("nip,name,cohort,class", $"{Andi},Andi Pratama,Angkatan I,Kelas A", $"{Budi},Dr. Budi Santoso, M.Si.,Angkatan I,Kelas A");

        var file = RosterReader.Read(Bytes(csv));

        var (line, reason) = Assert.Single(file.LayoutProblems);
        Assert.Equal(3, line);
        Assert.Equal(RosterRules.RowColumns, reason.Rule);
        Assert.Contains("5 values but the header has 4 columns", reason.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", 1, "the file is empty")]
    [InlineData("\r\n\r\n", 1, "the file is empty")]
    [InlineData("nip,name\r\n", 1, "no rows")]
    [InlineData("nip,nama,name\r\n199203042022031005,A,B\r\n", 1, "two name columns ('nama' and 'name')")]
    [InlineData("name,cohort\r\nAndi,I\r\n", 1, "no nip column")]
    [InlineData("\r\nnip,cohort\r\n199203042022031005,I\r\n", 2, "no name column")]
    [InlineData("199203042022031005,Andi Pratama\r\n199411232022032011,Siti\r\n", 1, "no nip column")]
    [InlineData("nip,name\r\n199203042022031005,Andi\r\n199411232022032011,Siti \"Sri\" Rahayu\r\n", 3, "stray double quote")]
    [InlineData("nip,name\r\n199203042022031005,\"Andi\r\n199411232022032011,Siti\r\n", 2, "never closed")]
    public void Read_MalformedFile_ThrowsNamingTheLine(string csv, int line, string problem)
    {
        var error = Assert.Throws<CsvSheetException>(() => RosterReader.Read(Bytes(csv)));

        Assert.Equal(line, error.Line);
        Assert.StartsWith($"line {line}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Windows1252Bytes_ThrowsNamingTheLineAndTheFix()
    {
        byte[] bytes = [.. Bytes($"nip,name\r\n{Andi},Andi\r\n{Siti},Ren"), 0xE9, .. Bytes("e\r\n")];

        var error = Assert.Throws<CsvSheetException>(() => RosterReader.Read(bytes));

        Assert.Equal(3, error.Line);
        Assert.Contains("CSV UTF-8", error.Message, StringComparison.Ordinal);
    }

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
