using System.Security.Cryptography;
using System.Text;
using LatsarBot.Core.Participants;

namespace LatsarBot.Core.Tests.Participants;

/// <summary>Issue 18, item 3: codes are kept as a keyed hash; without the key a database copy does not give them up.</summary>
public sealed class CodeHasherTests
{
    private const string Nip = "199001012022031001";

    [Fact]
    public void Enrolment_OtherKey_DoesNotMatch()
    {
        var stored = new CodeHasher(RandomNumberGenerator.GetBytes(32)).Enrolment(Nip, "123456");

        Assert.False(new CodeHasher(RandomNumberGenerator.GetBytes(32)).EnrolmentMatches(stored, Nip, "123456"));
    }

    [Fact]
    public void Enrolment_IsNeitherTheCodeNorItsUnkeyedHash()
    {
        var stored = new CodeHasher(RandomNumberGenerator.GetBytes(32)).Enrolment(Nip, "123456");
        var unkeyed = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"latsarbot:enrolment:{Nip}:123456")));

        Assert.StartsWith(CodeHasher.Prefix, stored, StringComparison.Ordinal);
        Assert.DoesNotContain("123456", stored, StringComparison.Ordinal);
        Assert.DoesNotContain(unkeyed, stored, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void EnrolmentMatches_HashOfTheOldUnkeyedScheme_IsRefused()
    {
        var hasher = new CodeHasher(RandomNumberGenerator.GetBytes(32));
        var legacy = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"latsarbot:enrolment:{Nip}:123456")));

        Assert.False(hasher.EnrolmentMatches(legacy, Nip, "123456"));
        Assert.True(hasher.EnrolmentMatches(hasher.Enrolment(Nip, " 123456 "), Nip, "123456"));
    }

    [Fact]
    public void Constructor_ShortKey_Refused()
    {
        Assert.Throws<ArgumentException>(() => new CodeHasher(new byte[CodeHasher.MinKeyBytes - 1]));
    }
}
