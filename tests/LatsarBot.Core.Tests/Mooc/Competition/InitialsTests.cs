using LatsarBot.Core.Mooc.Competition;

namespace LatsarBot.Core.Tests.Mooc.Competition;

public sealed class InitialsTests
{
    [Theory]
    [InlineData("Andi Pratama", "A.P.")]
    [InlineData("Sukarno", "S.")]
    [InlineData("siti nurhaliza", "S.N.")]
    [InlineData("Ni Luh Putu Ayu", "N.L.P.A.")]
    [InlineData("  Made   Wirawan ", "M.W.")]
    [InlineData("Andi Pratama, S.Kom., M.Si.", "A.P.")] // degrees after the comma are not the name
    public void Of_Name_GivesUppercaseInitialsWithDots(string name, string expected)
    {
        var initials = Initials.Of(name);

        Assert.Equal(expected, initials);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("123 456")]
    public void Of_NoLetters_Throws(string name)
    {
        Assert.ThrowsAny<ArgumentException>(() => Initials.Of(name));
    }
}
