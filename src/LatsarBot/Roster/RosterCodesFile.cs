using System.Globalization;
using System.Text;
using CsvHelper;

namespace LatsarBot.Roster;

/// <summary>A one-time enrolment code in plain text, on its way into the codes file and nowhere else.</summary>
public sealed record IssuedCode(string Nip, string Name, string Code);

/// <summary>Writes the codes file: nip,name,code, one person per row.</summary>
internal static class RosterCodesFile
{
    public static async Task WriteAsync(string path, IReadOnlyList<IssuedCode> codes)
    {
        // CreateNew: a file already there may hold codes not yet handed out; overwriting it would lose them.
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            // The codes are passwords until used: readable by the organiser's account only.
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using var stream = new FileStream(path, options);
        // The BOM makes Excel read names with accents as UTF-8.
        await using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        csv.WriteField("nip");
        csv.WriteField("name");
        csv.WriteField("code");
        await csv.NextRecordAsync();
        foreach (var code in codes)
        {
            csv.WriteField(code.Nip);
            csv.WriteField(code.Name);
            csv.WriteField(code.Code);
            await csv.NextRecordAsync();
        }

        await csv.FlushAsync();
    }
}
