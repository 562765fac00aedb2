using System.Security.Cryptography;
using System.Text;

namespace LatsarBot.Core.Participants;

/// <summary>
/// Hashes the short codes people type (the enrolment code, the console sign-in code) with HMAC-SHA256 under a server
/// key. A 6-digit code has a million values: an unkeyed hash of it is reversed from a copy of the database in a second,
/// a keyed one needs the key too, which never is in the database. Stored as <c>k1$</c> and 64 hex digits; anything
/// else (the unkeyed hashes of before) never matches.
/// </summary>
public sealed class CodeHasher
{
    public const string Prefix = "k1$";

    /// <summary>The shortest key accepted: 256 bits, HMAC-SHA256's block of security.</summary>
    public const int MinKeyBytes = 32;

    private readonly byte[] _key;

    public CodeHasher(ReadOnlySpan<byte> key)
    {
        if (key.Length < MinKeyBytes)
        {
            throw new ArgumentException($"The code key must be at least {MinKeyBytes} bytes.", nameof(key));
        }

        _key = key.ToArray();
    }

    public string Enrolment(string nip, string code) => Hash($"enrolment:{nip}:{code.Trim()}");

    public bool EnrolmentMatches(string? stored, string nip, string code) => Same(stored, Enrolment(nip, code));

    /// <summary>Salted with the sign-in's public token, so one guess tests one sign-in only.</summary>
    public string SignIn(string token, string code) => Hash($"console-sign-in:{token}:{StaffSignInCode.Normalize(code)}");

    public bool SignInMatches(string? stored, string token, string typed) => Same(stored, SignIn(token, typed));

    private string Hash(string text) => Prefix + Convert.ToHexString(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(text)));

    private static bool Same(string? stored, string computed) =>
        stored is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(stored), Encoding.ASCII.GetBytes(computed));
}
