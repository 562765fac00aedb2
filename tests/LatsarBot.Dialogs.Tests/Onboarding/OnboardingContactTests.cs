using LatsarBot.Bot.Activities;
using LatsarBot.Core.Participants;
using LatsarBot.Dialogs;
using LatsarBot.Dialogs.Onboarding;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Dialogs.Tests.Onboarding;

/// <summary>Onboarding on a channel that can share a contact: the contact replaces the enrolment code.</summary>
public sealed class OnboardingContactTests : IAsyncLifetime
{
    private const string DemoCode = "123456";
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Nip_OnContactChannel_AsksForTheContactWithAShareButton()
    {
        var flow = await AtNipPromptAsync();

        await SendNipAsync(flow);

        var ask = flow.AssertReply(ContactMsg.Ask);
        Assert.Equal([ButtonKind.ShareContact, ButtonKind.Choice], ask.Buttons.Select(b => b.Kind));
        flow.AssertNoReply();
    }

    [Fact]
    public async Task Contact_OwnAndMatchingRoster_BindsByChannelPhone()
    {
        var flow = await AtContactPromptAsync();

        await flow.SendActivityAsync(flow.NewActivity() with { Value = new ContactValue("+6281200000001", IsSendersOwn: true) });

        flow.AssertReply(Msg.PhoneVerified, ("name", "Andi Pratama"));
        flow.AssertReply(r => Assert.Contains(DemoPeople.Nip, r.Text));
        await using var db = _bot.NewContext();
        var identity = await db.ChannelIdentities.Include(i => i.Person).SingleAsync();
        Assert.Equal(IdentityProof.ChannelPhone, identity.Proof);
        Assert.NotNull(identity.Person!.EnrolmentCodeHash);
    }

    [Fact]
    public async Task Contact_NotTheSendersOwn_IsRefusedAndNothingBound()
    {
        var flow = await AtContactPromptAsync();

        await flow.SendActivityAsync(flow.NewActivity() with { Value = new ContactValue("+6281200000001", IsSendersOwn: false) });

        flow.AssertReply(ContactMsg.NotOwn);
        flow.AssertReply(ContactMsg.Ask);
        flow.AssertNoReply();
        await using var db = _bot.NewContext();
        Assert.Empty(await db.ChannelIdentities.ToListAsync());
    }

    [Fact]
    public async Task Contact_OwnButOtherNumber_FallsBackToTheCode()
    {
        var flow = await AtContactPromptAsync();

        await flow.SendActivityAsync(flow.NewActivity() with { Value = new ContactValue("+6281399998888", IsSendersOwn: true) });

        flow.AssertReply(ContactMsg.Mismatch);
        flow.AssertReply(Msg.CodeAsk);
        await flow.SendAsync(DemoCode);
        flow.AssertReply(Msg.Bound, ("name", "Andi Pratama"));
    }

    [Fact]
    public async Task Contact_UseCodeInstead_AsksForTheCode()
    {
        var flow = await AtContactPromptAsync();

        await flow.PressAsync("code");

        flow.AssertReply(Msg.CodeAsk);
        flow.AssertNoReply();
    }

    private async Task<TestFlow> AtNipPromptAsync()
    {
        var flow = _bot.Flow(channel: "telegram");
        await flow.SendAsync("/start");
        await flow.PressAsync("id");
        flow.TakeAll();
        return flow;
    }

    private async Task<TestFlow> AtContactPromptAsync()
    {
        var flow = await AtNipPromptAsync();
        await SendNipAsync(flow);
        flow.AssertReply(ContactMsg.Ask);
        return flow;
    }

    private static Task<TestFlow> SendNipAsync(TestFlow flow) =>
        flow.SendActivityAsync(flow.NewActivity() with { Text = DemoPeople.Nip, CanShareContact = true });
}
