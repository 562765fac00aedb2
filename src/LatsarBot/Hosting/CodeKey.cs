using System.Text;
using LatsarBot.Core.Participants;

namespace LatsarBot.Hosting;

/// <summary>
/// The server key of <see cref="CodeHasher"/>: `Security:CodeKey` from the environment (Security__CodeKey), any string
/// of at least 32 bytes. Without one (Development only: <see cref="StartupChecks"/> refuses it elsewhere) a key derived
/// from a fixed phrase, so the demo's database keeps working between runs.
/// </summary>
public static class CodeKey
{
    private const string DevelopmentPhrase = "latsarbot:development-only:code-key:never-in-production";

    public static byte[]? Configured(IConfiguration configuration) =>
        configuration["Security:CodeKey"] is { Length: > 0 } text ? Encoding.UTF8.GetBytes(text) : null;

    public static CodeHasher Hasher(IConfiguration configuration) =>
        new(Configured(configuration) is { Length: >= CodeHasher.MinKeyBytes } key
            ? key
            : System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(DevelopmentPhrase)));
}
