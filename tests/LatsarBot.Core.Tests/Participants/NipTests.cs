using LatsarBot.Core.Participants;

namespace LatsarBot.Core.Tests.Participants;

public sealed class NipTests
{
    [Theory]
    [InlineData("199001012022031001", "1990-01-01", "2022-03-01", Gender.Male)]
    [InlineData("199112122019021001", "1991-12-12", "2019-02-01", Gender.Male)] // DOMAIN.md glossary example
    [InlineData("199505152022032002", "1995-05-15", "2022-03-01", Gender.Female)]
    [InlineData("19900101 202203 1 001", "1990-01-01", "2022-03-01", Gender.Male)] // as printed on letters
    [InlineData("19900101.202203.1.001", "1990-01-01", "2022-03-01", Gender.Male)]
    public void Parse_ValidNip_ExposesItsParts(string input, string birth, string tmt, Gender gender)
    {
        var result = Nip.Parse(input);

        Assert.True(result.IsValid);
        Assert.Equal(DateOnly.Parse(birth), result.Nip!.Value.BirthDate);
        Assert.Equal(DateOnly.Parse(tmt), result.Nip.Value.AppointmentMonth);
        Assert.Equal(gender, result.Nip.Value.Gender);
        Assert.Equal(18, result.Nip.Value.Value.Length);
    }

    [Theory]
    [InlineData("", NipError.NotDigits)]
    [InlineData("abc", NipError.NotDigits)]
    [InlineData("19900101202203100A", NipError.NotDigits)]
    [InlineData("19900101202203100", NipError.WrongLength)]
    [InlineData("1990010120220310011", NipError.WrongLength)]
    [InlineData("199002302022031001", NipError.InvalidBirthDate)] // 30 February
    [InlineData("189912312022031001", NipError.InvalidBirthDate)] // before 1900
    [InlineData("199001012022131001", NipError.InvalidAppointmentMonth)] // month 13
    [InlineData("199001011989031001", NipError.InvalidAppointmentMonth)] // appointed before birth
    [InlineData("199001012022030001", NipError.InvalidGenderDigit)]
    [InlineData("199001012022033001", NipError.InvalidGenderDigit)]
    public void Parse_InvalidNip_NamesTheFirstBrokenRule(string input, NipError expected)
    {
        var result = Nip.Parse(input);

        Assert.False(result.IsValid);
        Assert.Equal(expected, result.Error);
    }
}
