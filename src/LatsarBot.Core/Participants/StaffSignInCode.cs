using System.Security.Cryptography;

namespace LatsarBot.Core.Participants;

/// <summary>
/// The one-time code a member of staff signs in to the console with (issue 15, item 1): 8 characters the bot sends to
/// their bound chat. The alphabet leaves out look-alikes (0/O, 1/I/L) because people type it from a phone; 31 symbols
/// to the 8th give about 2^39 codes, enough for a code that lives 10 minutes behind a few tries. Only a keyed hash is
/// stored (<see cref="CodeHasher.SignIn"/>), salted with the sign-in's public token.
/// </summary>
public static class StaffSignInCode
{
    public const int Length = 8;

    public const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static string Generate() =>
        string.Create(Length, 0, (chars, _) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
            }
        });

    /// <summary>
    /// A public handle of one sign-in (128 random bits): the link and the code form carry it, never the row id. Hex, so
    /// no character of it can be read as Markdown (an underscore would) when the link travels in a chat message.
    /// </summary>
    public static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>What a person typed, as the code is written: capitals, without the spaces or dashes they may add.</summary>
    public static string Normalize(string? typed) =>
        new((typed ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant).ToArray());
}

/// <summary>
/// How long a code lives and how many wrong tries are allowed: per code, per member of staff within a window (a new
/// code does not reset the count), per address the tries come from (the host counts those, DOMAIN-free).
/// </summary>
public sealed record StaffSignInPolicy(TimeSpan Validity, int MaxFailuresPerCode, int MaxFailuresPerStaff, int MaxCodesPerStaff, int MaxFailuresPerAddress, TimeSpan Window)
{
    public static StaffSignInPolicy Default { get; } = new(TimeSpan.FromMinutes(10), 5, 10, 5, 20, TimeSpan.FromMinutes(15));
}
