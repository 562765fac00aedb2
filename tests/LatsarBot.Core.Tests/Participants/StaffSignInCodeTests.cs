using LatsarBot.Core.Participants;

namespace LatsarBot.Core.Tests.Participants;

public sealed class StaffSignInCodeTests
{
    private static readonly CodeHasher Hasher = new(new byte[CodeHasher.MinKeyBytes]);

    [Fact]
    public void Generate_EightCharactersOfTheAlphabet()
    {
        var code = StaffSignInCode.Generate();

        Assert.Equal(StaffSignInCode.Length, code.Length);
        Assert.All(code, c => Assert.Contains(c, StaffSignInCode.Alphabet));
    }

    [Theory]
    [InlineData("abcd efgh")]
    [InlineData("ABCD-EFGH")]
    [InlineData(" abcdEFGH ")]
    public void Matches_TypedWithSpacesDashesOrLowerCase_Accepted(string typed)
    {
        var hash = Hasher.SignIn("token", "ABCDEFGH");

        Assert.True(Hasher.SignInMatches(hash, "token", typed));
    }

    [Fact]
    public void Matches_SameCodeOfAnotherSignIn_Refused()
    {
        var hash = Hasher.SignIn("token-a", "ABCDEFGH");

        Assert.False(Hasher.SignInMatches(hash, "token-b", "ABCDEFGH"));
    }

    [Fact]
    public void Hash_IsNotTheCode()
    {
        Assert.DoesNotContain("ABCDEFGH", Hasher.SignIn("t", "ABCDEFGH"), StringComparison.Ordinal);
    }
}
