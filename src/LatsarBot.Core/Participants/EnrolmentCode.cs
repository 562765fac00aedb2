using System.Security.Cryptography;
using System.Text;

namespace LatsarBot.Core.Participants;

/// <summary>
/// The one-time code an organiser hands out so a NIP can be bound on a channel that vouches for no
/// identity (web chat). Only a salted hash is stored: the code is a password.
/// </summary>
public static class EnrolmentCode
{
    public const int Digits = 6;

    public static string Hash(string nip, string code)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"latsarbot:enrolment:{nip}:{code.Trim()}"));
        return Convert.ToHexString(bytes);
    }

    public static bool Matches(string? storedHash, string nip, string code) =>
        storedHash is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(storedHash), Encoding.ASCII.GetBytes(Hash(nip, code)));

    public static string Generate()
    {
        return RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }
}
