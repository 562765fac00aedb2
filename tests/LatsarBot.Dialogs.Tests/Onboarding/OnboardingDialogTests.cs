using LatsarBot.Core.Participants;
using LatsarBot.Dialogs;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Dialogs.Tests.Onboarding;

public sealed class OnboardingDialogTests : IAsyncLifetime
{
    private const string DemoCode = "123456";
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Start_DemoNipAndCode_ReachesMainMenuBound()
    {
        var flow = _bot.Flow();

        await flow.SendAsync("/start");
        flow.AssertReply(Msg.Welcome);
        flow.AssertReply(Msg.LanguageAsk);
        await flow.PressAsync("id");
        flow.AssertReply(Msg.LanguageChanged);
        flow.AssertReply(Msg.NipAsk);
        await flow.SendAsync(DemoPeople.Nip);
        flow.AssertReply(Msg.CodeAsk);
        await flow.SendAsync(DemoCode);
        flow.AssertReply(Msg.Bound, ("name", "Andi Pratama"));
        var card = flow.AssertReply(r => Assert.Contains("199001012022031001", r.Text));
        Assert.Equal(["ok", "name", "phone", "zone"], card.Buttons.Select(b => b.Value));
        await flow.PressAsync("ok");
        flow.AssertReply(Msg.Done, ("name", "Andi Pratama"));
        var menu = flow.AssertReply(Msg.MenuTitle);
        flow.AssertNoReply();

        Assert.Contains("profile", menu.Buttons.Select(b => b.Value));
        await using var db = _bot.NewContext();
        var identity = await db.ChannelIdentities.Include(i => i.Person).SingleAsync();
        Assert.Equal(DemoPeople.Nip, identity.Person!.Nip?.Value);
        Assert.Equal(IdentityProof.EnrolmentCode, identity.Proof);
        Assert.Null(identity.Person.EnrolmentCodeHash);
    }

    [Theory]
    [InlineData("19900101202203100", Msg.NipWrongLength)]
    [InlineData("1990010120220310011", Msg.NipWrongLength)]
    [InlineData("19900101A022031001", Msg.NipNotDigits)]
    [InlineData("199002302022031001", Msg.NipBirthDate)]
    [InlineData("199001012022131001", Msg.NipAppointment)]
    [InlineData("199001012022033001", Msg.NipGender)]
    public async Task Nip_Malformed_ExplainsTheRuleAndReasks(string typed, string expectedKey)
    {
        var flow = await AtNipPromptAsync();

        await flow.SendAsync(typed);

        flow.AssertReply(r => Assert.Equal(ExpectedText(expectedKey, typed), r.Text));
        flow.AssertNoReply();
        await flow.SendAsync(DemoPeople.Nip);
        flow.AssertReply(Msg.CodeAsk);
    }

    [Fact]
    public async Task Nip_NotOnRoster_TellsWhomToContactAndReasks()
    {
        var flow = await AtNipPromptAsync();

        await flow.SendAsync("199912312023011002");

        flow.AssertReply(Msg.NipUnknown, ("nip", "199912312023011002"));
        flow.AssertReply(Msg.NipAsk);
        flow.AssertNoReply();
    }

    [Fact]
    public async Task Code_FiveWrong_LocksNipFor15Minutes()
    {
        var flow = await AtCodePromptAsync();

        for (var left = 4; left >= 1; left--)
        {
            await flow.SendAsync("000000");
            flow.AssertReply(Msg.CodeWrong, ("left", left));
        }

        await flow.SendAsync("000000");
        flow.AssertReply(Msg.CodeLocked, ("time", "08:15"), ("zone", "WIB"), ("contact", DemoContact));
        flow.AssertReply(Msg.NipAsk);
        flow.AssertNoReply();

        // Still locked 14 minutes later.
        _bot.Time.Advance(TimeSpan.FromMinutes(14));
        await flow.SendAsync(DemoPeople.Nip);
        flow.AssertReply(Msg.CodeLocked, ("time", "08:15"), ("zone", "WIB"), ("contact", DemoContact));
        flow.AssertReply(Msg.NipAsk);

        _bot.Time.Advance(TimeSpan.FromMinutes(2));
        await flow.SendAsync(DemoPeople.Nip);
        flow.AssertReply(Msg.CodeAsk);
        await flow.SendAsync(DemoCode);
        flow.AssertReply(Msg.Bound, ("name", "Andi Pratama"));
    }

    [Fact]
    public async Task Code_WrongFormat_ReasksWithoutCountingAnAttempt()
    {
        var flow = await AtCodePromptAsync();

        await flow.SendAsync("12ab");

        flow.AssertReply(Msg.CodeAsk);
        await using var db = _bot.NewContext();
        Assert.Equal(0, (await db.People.SingleAsync(p => p.Nip == Nip.FromTrusted(DemoPeople.Nip))).FailedCodeAttempts);
    }

    [Fact]
    public async Task Profile_ChangeZoneAndPhone_SavedThenConfirmed()
    {
        var flow = await AtCodePromptAsync();
        await flow.SendAsync(DemoCode);
        flow.TakeAll();

        await flow.PressAsync("zone");
        flow.AssertReply(Msg.ProfileAskZone);
        await flow.PressAsync("Wita");
        flow.AssertReply(Msg.ProfileUpdated);
        flow.AssertReply(r => Assert.Contains("WITA", r.Text));
        await flow.PressAsync("phone");
        flow.AssertReply(Msg.ProfileAskPhone);
        await flow.SendAsync("12");
        flow.AssertReply(Msg.ProfilePhoneInvalid);
        await flow.SendAsync("0813 9999 8888");
        flow.AssertReply(Msg.ProfileUpdated);
        flow.AssertReply(r => Assert.Contains("+6281399998888", r.Text));
        await flow.PressAsync("ok");
        flow.AssertReply(Msg.Done, ("name", "Andi Pratama"));

        await using var db = _bot.NewContext();
        var person = await db.People.SingleAsync(p => p.Nip == Nip.FromTrusted(DemoPeople.Nip));
        Assert.Equal(TimeZoneCode.Wita, person.TimeZone);
        Assert.Equal("6281399998888", person.Phone);
        Assert.Equal(_bot.Time.GetUtcNow(), person.ProfileConfirmedAt);
    }

    [Fact]
    public async Task English_ChosenAtStart_WholeFlowInEnglish()
    {
        var flow = _bot.Flow();
        await flow.SendAsync("/start");
        flow.TakeAll();

        await flow.PressAsync("en");
        flow.Language = Language.En;

        flow.AssertReply(Msg.LanguageChanged);
        flow.AssertReply(Msg.NipAsk);
        Assert.NotEqual(_bot.Messages.Text(Language.Id, Msg.NipAsk), _bot.Messages.Text(Language.En, Msg.NipAsk));
    }

    private const string DemoContact = "BPSDM Demo LatsarBot (Panitia Latsar (demo), +62 812 0000 0000, panitia@latsarbot.example)";

    private string ExpectedText(string key, string typed) =>
        _bot.Messages.Text(Language.Id, key, ("count", typed.Count(char.IsAsciiDigit)));

    private async Task<TestFlow> AtNipPromptAsync()
    {
        var flow = _bot.Flow();
        await flow.SendAsync("/start");
        await flow.PressAsync("id");
        flow.TakeAll();
        return flow;
    }

    private async Task<TestFlow> AtCodePromptAsync()
    {
        var flow = await AtNipPromptAsync();
        await flow.SendAsync(DemoPeople.Nip);
        flow.AssertReply(Msg.CodeAsk);
        return flow;
    }
}
