using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace LatsarBot.Documents.Reports;

/// <summary>
/// Generated reports on disk, each under a random 128-bit token: the URL <c>/files/reports/{token}/{name}</c> is
/// handed only to the participant's own conversation, and cannot be guessed from anything else (not the NIP, not a
/// counter). The host serves the folder; the Telegram sender uploads from it.
/// </summary>
public sealed partial class ReportFiles(string root)
{
    public const string UrlPrefix = "/files/reports/";

    [GeneratedRegex("^/files/reports/(?<token>[0-9a-f]{32})/(?<name>[A-Za-z0-9][A-Za-z0-9._-]{0,100})$")]
    private static partial Regex ReportUrl();

    public string Root { get; } = Path.GetFullPath(root);

    public static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>Writes the file and returns its host-relative URL.</summary>
    public async Task<string> SaveAsync(string token, string name, byte[] bytes, CancellationToken cancellationToken)
    {
        var url = UrlPrefix + token + "/" + name;
        var path = PathOf(url) ?? throw new ArgumentException($"'{name}' is not a safe report file name.", nameof(name));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, bytes, cancellationToken);
        return url;
    }

    /// <summary>The file behind a report URL, or null when the URL is not one of ours (or the file is gone).</summary>
    public string? PathOf(string url)
    {
        var match = ReportUrl().Match(url);
        return match.Success ? Path.Combine(Root, match.Groups["token"].Value, match.Groups["name"].Value) : null;
    }

    public string? ExistingPathOf(string url) => PathOf(url) is { } path && File.Exists(path) ? path : null;
}
