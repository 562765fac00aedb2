using LatsarBot.Core.Participants;

namespace LatsarBot.Core.Tests.Participants;

public sealed class PhoneNumberTests
{
    [Theory]
    [InlineData("081234567890", "6281234567890")]
    [InlineData("+62 812-3456-7890", "6281234567890")]
    [InlineData("6281234567890", "6281234567890")]
    [InlineData("81234567890", "6281234567890")]
    [InlineData("(0812) 3456 7890", "6281234567890")]
    public void Normalize_IndonesianNumber_GivesE164Digits(string input, string expected)
    {
        Assert.Equal(expected, PhoneNumber.Normalize(input));
    }

    [Theory]
    [InlineData("")]
    [InlineData("12")]
    [InlineData("0000000000")]
    [InlineData("081234567890123456")]
    public void Normalize_Implausible_GivesNull(string input)
    {
        Assert.Null(PhoneNumber.Normalize(input));
    }
}
