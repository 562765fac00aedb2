using LatsarBot.Core.Participants;

namespace LatsarBot.Core.Tests.Participants;

public sealed class StaffSignInCodeTests
{
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
        var hash = StaffSignInCode.Hash("token", "ABCDEFGH");

        Assert.True(StaffSignInCode.Matches(hash, "token", typed));
    }

    [Fact]
    public void Matches_SameCodeOfAnotherSignIn_Refused()
    {
        var hash = StaffSignInCode.Hash("token-a", "ABCDEFGH");

        Assert.False(StaffSignInCode.Matches(hash, "token-b", "ABCDEFGH"));
    }

    [Fact]
    public void Hash_IsNotTheCode()
    {
        Assert.DoesNotContain("ABCDEFGH", StaffSignInCode.Hash("t", "ABCDEFGH"), StringComparison.Ordinal);
    }
}
