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

    /// <summary>
    /// A new code for <paramref name="person"/> (who must have a NIP), replacing any earlier one; returns it, the only
    /// time it exists in clear. Wrong guesses at an old code no longer count, nor keep the person locked.
    /// </summary>
    public static string IssueTo(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var nip = person.Nip ?? throw new InvalidOperationException("A code is bound to a NIP; this person has none.");
        var code = Generate();
        person.EnrolmentCodeHash = Hash(nip.Value, code);
        person.FailedCodeAttempts = 0;
        person.LockedUntil = null;
        return code;
    }

    /// <summary>Withdraws the person's outstanding code: it can no longer bind a chat.</summary>
    public static void Revoke(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        person.EnrolmentCodeHash = null;
    }

    public static string Generate()
    {
        return RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }
}
