using System.Security.Cryptography;
using LatsarBot.Core.Participants;

namespace LatsarBot.Testing;

/// <summary>The code key of harnesses that have no host configuration: random per test run, as a server's is secret.</summary>
public static class TestCodes
{
    public static CodeHasher Hasher { get; } = new(RandomNumberGenerator.GetBytes(CodeHasher.MinKeyBytes));
}
