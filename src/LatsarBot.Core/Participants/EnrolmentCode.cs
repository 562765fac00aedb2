using System.Security.Cryptography;

namespace LatsarBot.Core.Participants;

/// <summary>
/// The one-time code an organiser hands out so a NIP can be bound on a channel that vouches for no
/// identity (web chat). Only its keyed hash is stored (<see cref="CodeHasher"/>): the code is a password.
/// </summary>
public static class EnrolmentCode
{
    public const int Digits = 6;

    /// <summary>
    /// A new code for <paramref name="person"/> (who must have a NIP), replacing any earlier one; returns it, the only
    /// time it exists in clear. Wrong guesses at an old code no longer count, nor keep the person locked.
    /// </summary>
    public static string IssueTo(Person person, CodeHasher hasher)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(hasher);
        var nip = person.Nip ?? throw new InvalidOperationException("A code is bound to a NIP; this person has none.");
        var code = Generate();
        person.EnrolmentCodeHash = hasher.Enrolment(nip.Value, code);
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
