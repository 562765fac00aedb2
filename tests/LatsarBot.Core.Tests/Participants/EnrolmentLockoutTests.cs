using LatsarBot.Core.Participants;

namespace LatsarBot.Core.Tests.Participants;

public sealed class EnrolmentLockoutTests
{
    private static readonly CodeHasher Hasher = new(new byte[CodeHasher.MinKeyBytes]);

    private static readonly DateTimeOffset Now = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Check_RightCode_AcceptsOnceAndConsumesTheCode()
    {
        var person = AParticipant(code: "123456");

        var first = EnrolmentLockout.Check(person, "123456", Now, EnrolmentLockoutPolicy.Default, Hasher);
        var second = EnrolmentLockout.Check(person, "123456", Now, EnrolmentLockoutPolicy.Default, Hasher);

        Assert.Equal(CodeCheck.Accepted, first);
        Assert.Equal(CodeCheck.NoCodeIssued, second);
    }

    [Fact]
    public void Check_FifthWrongCode_LocksForFifteenMinutes()
    {
        var person = AParticipant(code: "123456");
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(CodeCheck.Wrong, EnrolmentLockout.Check(person, "000000", Now, EnrolmentLockoutPolicy.Default, Hasher));
        }

        var fifth = EnrolmentLockout.Check(person, "000000", Now, EnrolmentLockoutPolicy.Default, Hasher);

        Assert.Equal(CodeCheck.WrongAndNowLocked, fifth);
        Assert.Equal(Now.AddMinutes(15), person.LockedUntil);
        Assert.Equal(CodeCheck.Locked, EnrolmentLockout.Check(person, "123456", Now.AddMinutes(14), EnrolmentLockoutPolicy.Default, Hasher));
        Assert.Equal(CodeCheck.Accepted, EnrolmentLockout.Check(person, "123456", Now.AddMinutes(15), EnrolmentLockoutPolicy.Default, Hasher));
    }

    [Fact]
    public void Check_PolicyFromConfiguration_IsHonoured()
    {
        var person = AParticipant(code: "123456");
        var strict = new EnrolmentLockoutPolicy(2, TimeSpan.FromHours(1));

        EnrolmentLockout.Check(person, "000000", Now, strict, Hasher);
        var second = EnrolmentLockout.Check(person, "000000", Now, strict, Hasher);

        Assert.Equal(CodeCheck.WrongAndNowLocked, second);
        Assert.Equal(Now.AddHours(1), person.LockedUntil);
    }

    [Fact]
    public void Hash_SameCodeOtherNip_Differs()
    {
        Assert.NotEqual(Hasher.Enrolment("199001012022031001", "123456"), Hasher.Enrolment("199505152022032002", "123456"));
    }

    private static Participant AParticipant(string code)
    {
        const string nip = "199001012022031001";
        return new Participant { Name = "Andi", Nip = Nip.FromTrusted(nip), EnrolmentCodeHash = Hasher.Enrolment(nip, code) };
    }
}
