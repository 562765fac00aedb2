using LatsarBot.Core.Participants;
using LatsarBot.Dialogs.Onboarding;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Dialogs.Tests.Onboarding;

/// <summary>A channel that vouches for the sender's phone (WhatsApp's wa_id): the roster person with that number is offered, and proven by the NIP's birth date.</summary>
public sealed class OnboardingPhoneTests : IAsyncLifetime
{
    private const string AndiPhone = "6281200000001";
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task PhoneOffer_YesAndTheNipsBirthDate_BindsByPhone()
    {
        var flow = await AtOfferAsync("+62 812-0000-0001");

        await flow.PressAsync("yes");
        flow.AssertReply(PhoneMsg.BirthAsk);
        await flow.SendAsync("01-01-1990");

        flow.AssertReply(Msg.PhoneVerified, ("name", "Andi Pratama"));
        flow.AssertReply(r => Assert.Contains(DemoPeople.Nip, r.Text));
        await using var db = _bot.NewContext();
        var identity = await db.ChannelIdentities.Include(i => i.Person).SingleAsync();
        Assert.Equal(IdentityProof.ChannelPhone, identity.Proof);
        Assert.Equal("Andi Pratama", identity.Person!.Name);
        Assert.NotNull(identity.Person.EnrolmentCodeHash);
    }

    [Fact]
    public async Task PhoneOffer_MasksTheBirthDateOfTheNip()
    {
        var flow = await StartAsync(AndiPhone);

        var offer = flow.AssertReply(r => Assert.Contains("Andi Pratama", r.Text));

        Assert.Contains("••••••••••••031001", offer.Text);
        Assert.DoesNotContain("19900101", offer.Text);
        Assert.Equal(["yes", "no"], offer.Buttons.Select(b => b.Value));
        Assert.Equal(["Ya", "Bukan"], offer.Buttons.Select(b => b.Title));
    }

    [Fact]
    public async Task PhoneOffer_WrongBirthDateThreeTimes_FallsToTheEnrolmentCode()
    {
        var flow = await AtOfferAsync(AndiPhone);
        await flow.PressAsync("yes");
        flow.TakeAll();

        await flow.SendAsync("02-01-1990");
        flow.AssertReply(PhoneMsg.BirthWrong, ("left", 2));
        await flow.SendAsync("1990-01-02");
        flow.AssertReply(PhoneMsg.BirthWrong, ("left", 1));
        await flow.SendAsync("01011991");
        flow.AssertReply(PhoneMsg.BirthFailed);
        flow.AssertReply(Msg.CodeAsk);

        await using (var db = _bot.NewContext())
        {
            Assert.Empty(await db.ChannelIdentities.ToListAsync());
            Assert.Equal(3, (await db.People.SingleAsync(p => p.Nip == Nip.FromTrusted(DemoPeople.Nip))).FailedCodeAttempts);
        }

        await flow.SendAsync("123456");
        flow.AssertReply(Msg.Bound, ("name", "Andi Pratama"));
        await using var after = _bot.NewContext();
        Assert.Equal(IdentityProof.EnrolmentCode, (await after.ChannelIdentities.SingleAsync()).Proof);
    }

    [Fact]
    public async Task PhoneOffer_NotADate_AsksForTheFormatWithoutUsingAnAttempt()
    {
        var flow = await AtOfferAsync(AndiPhone);
        await flow.PressAsync("yes");
        flow.TakeAll();

        await flow.SendAsync("kemarin");

        flow.AssertReply(PhoneMsg.BirthFormat);
        await using var db = _bot.NewContext();
        Assert.Equal(0, (await db.People.SingleAsync(p => p.Nip == Nip.FromTrusted(DemoPeople.Nip))).FailedCodeAttempts);
    }

    [Fact]
    public async Task PhoneOffer_Bukan_AsksTheNipAndTheCodeEvenForThatNip()
    {
        var flow = await AtOfferAsync(AndiPhone);

        await flow.PressAsync("no");
        flow.AssertReply(PhoneMsg.NotMe);
        flow.AssertReply(Msg.NipAsk);
        await flow.SendAsync(DemoPeople.Nip);

        flow.AssertReply(Msg.CodeAsk);
        await using var db = _bot.NewContext();
        Assert.Empty(await db.ChannelIdentities.ToListAsync());
    }

    [Theory]
    [InlineData("telegram", null)]
    [InlineData("webchat", null)]
    [InlineData("whatsapp", "6281299999999")]
    public async Task NoVouchedPhoneOrNoRosterMatch_NoOffer_TheNipIsAsked(string channel, string? phone)
    {
        var flow = _bot.Flow(channel: channel, verifiedPhone: phone);
        await flow.SendAsync("/start");
        flow.TakeAll();

        await flow.PressAsync("id");

        flow.AssertReply(Msg.LanguageChanged);
        flow.AssertReply(Msg.NipAsk);
        flow.AssertNoReply();
    }

    [Fact]
    public async Task NumberSharedByTwoRosterPeople_NoOffer()
    {
        await using (var db = _bot.NewContext())
        {
            var siti = await db.People.SingleAsync(p => p.Nip == Nip.FromTrusted("199505152022032002"));
            siti.Phone = AndiPhone;
            await db.SaveChangesAsync();
        }

        var flow = await StartAsync(AndiPhone);

        flow.AssertReply(Msg.NipAsk);
        flow.AssertNoReply();
    }

    [Theory]
    [InlineData("31-12-1990", 1990, 12, 31)]
    [InlineData("1/2/1990", 1990, 2, 1)]
    [InlineData("31.12.1990", 1990, 12, 31)]
    [InlineData("31121990", 1990, 12, 31)]
    [InlineData("1990-12-31", 1990, 12, 31)]
    [InlineData(" 29 02 1996 ", 1996, 2, 29)]
    public void BirthDate_WrittenTheUsualWays_Parsed(string typed, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), BirthDateText.Parse(typed));

    [Theory]
    [InlineData("29-02-1990")]
    [InlineData("12-31-1990")]
    [InlineData("31-12-90")]
    [InlineData("1990")]
    [InlineData("")]
    public void BirthDate_NotADay_Refused(string typed) => Assert.Null(BirthDateText.Parse(typed));

    private async Task<TestFlow> StartAsync(string phone)
    {
        var flow = _bot.Flow(channel: "whatsapp", verifiedPhone: phone);
        await flow.SendAsync("/start");
        flow.TakeAll();
        await flow.PressAsync("id");
        flow.AssertReply(Msg.LanguageChanged);
        return flow;
    }

    private async Task<TestFlow> AtOfferAsync(string phone)
    {
        var flow = await StartAsync(phone);
        flow.AssertReply(r => Assert.Contains("Andi Pratama", r.Text));
        return flow;
    }
}
