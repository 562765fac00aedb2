using LatsarBot.Bot.Activities;
using LatsarBot.Core.Participants;
using LatsarBot.Dialogs;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Dialogs.Tests.Commands;

public sealed class GlobalCommandTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Bahasa_DuringTheNipQuestion_SwitchesLanguageThenReasksInIt()
    {
        var flow = await AtNipPromptAsync();

        await flow.SendAsync("/bahasa");
        flow.AssertReply(Msg.LanguageAsk);
        await flow.PressAsync("en");
        flow.Language = Language.En;

        flow.AssertReply(Msg.LanguageChanged);
        flow.AssertReply(Msg.NipAsk);
        flow.AssertNoReply();
        await flow.SendAsync("199001012022031001");
        flow.AssertReply(Msg.CodeAsk);
    }

    [Fact]
    public async Task Bahasa_AtTheProfileCard_CardAndButtonsComeBackInEnglish()
    {
        var flow = await AtNipPromptAsync();
        await flow.SendAsync("199001012022031001");
        await flow.SendAsync("123456");
        flow.TakeAll();

        await flow.SendAsync("/bahasa");
        await flow.PressAsync("en");
        flow.Language = Language.En;

        flow.AssertReply(Msg.LanguageAsk);
        flow.AssertReply(Msg.LanguageChanged);
        var card = flow.AssertReplyFrom(Msg.ProfileCard);
        Assert.Equal(_bot.Messages.Text(Language.En, Msg.ProfileConfirm), card.Buttons[0].Title);
    }

    [Fact]
    public async Task Bantuan_DuringAQuestion_ShowsHelpAndReasks()
    {
        var flow = await AtNipPromptAsync();

        await flow.SendAsync("/bantuan");

        flow.AssertReply(Msg.Help);
        flow.AssertReply(Msg.NipAsk);
        flow.AssertNoReply();
    }

    [Fact]
    public async Task Batal_Guest_CancelsAndSaysHowToRestart()
    {
        var flow = await AtNipPromptAsync();

        await flow.SendAsync("/batal");
        flow.AssertReply(Msg.CancelledGuest);
        flow.AssertNoReply();
        await flow.SendAsync("199001012022031001");

        flow.AssertReply(Msg.Welcome);
        flow.AssertReply(Msg.NipAsk);
    }

    [Fact]
    public async Task Batal_LoggedIn_CancelsBackToTheMenu()
    {
        var flow = await LoggedInAsync();
        await flow.PressAsync("profile");
        flow.TakeAll();

        await flow.SendAsync("/batal");

        flow.AssertReply(Msg.Cancelled);
        flow.AssertReply(Msg.MenuTitle);
    }

    [Fact]
    public async Task Menu_Guest_AsksToFinishRegisteringAndReasks()
    {
        var flow = await AtNipPromptAsync();

        await flow.SendAsync("/menu");

        flow.AssertReply(Msg.NeedLogin);
        flow.AssertReply(Msg.NipAsk);
    }

    [Fact]
    public async Task Menu_LoggedInFromAnywhere_ShowsTheMenu()
    {
        var flow = await LoggedInAsync();
        await flow.PressAsync("profile");
        await flow.PressAsync("name");
        flow.TakeAll();

        await flow.SendAsync("/menu@LatsarBot");

        var menu = flow.AssertReply(Msg.MenuTitle);
        Assert.Equal(["mooc", "progress", "leaderboard", "actualization", "schedule", "profile", "accounts", "language", "help"], menu.Buttons.Select(b => b.Value));
    }

    [Fact]
    public async Task Start_LoggedIn_WelcomesBackToTheMenu()
    {
        var flow = await LoggedInAsync();

        await flow.SendAsync("/start");

        flow.AssertReply(Msg.WelcomeBack, ("name", "Andi Pratama"));
        flow.AssertReply(Msg.MenuTitle);
    }

    [Fact]
    public async Task UnknownCommand_NamesItAndReasks()
    {
        var flow = await AtNipPromptAsync();

        await flow.SendAsync("/hapus");

        flow.AssertReply(Msg.Unsupported, ("command", "/hapus"));
        flow.AssertReply(Msg.NipAsk);
    }

    [Fact]
    public async Task MenuHelp_Pressed_ShowsHelpThenTheMenuAgain()
    {
        var flow = await LoggedInAsync();

        await flow.PressAsync("help");

        flow.AssertReply(Msg.Help);
        flow.AssertReply(Msg.MenuTitle);
    }

    [Fact]
    public async Task MenuLanguage_ChangedToEnglish_StoredOnTheProfile()
    {
        var flow = await LoggedInAsync();

        await flow.PressAsync("language");
        await flow.PressAsync("en");

        flow.Language = Language.En;
        flow.AssertReply(r => Assert.Equal(_bot.Messages.Text(Language.Id, Msg.LanguageAsk), r.Text));
        flow.AssertReply(Msg.LanguageChanged);
        flow.AssertReply(Msg.MenuTitle);
        await using var db = _bot.NewContext();
        Assert.Equal(Language.En, (await db.People.SingleAsync(p => p.Nip == Nip.FromTrusted("199001012022031001"))).Language);
    }

    [Fact]
    public async Task ConversationUpdate_NewcomerOpensTheChat_IsGreeted()
    {
        var flow = _bot.Flow();

        await flow.SendActivityAsync(flow.NewActivity() with { Type = ActivityType.ConversationUpdate });

        flow.AssertReply(Msg.Welcome);
        flow.AssertReply(Msg.LanguageAsk);
    }

    [Fact]
    public async Task ConversationUpdate_MidConversation_SaysNothing()
    {
        var flow = await AtNipPromptAsync();

        await flow.SendActivityAsync(flow.NewActivity() with { Type = ActivityType.ConversationUpdate });

        flow.AssertNoReply();
    }

    [Fact]
    public async Task Language_SecondDeviceOfABoundPerson_UsesTheProfileLanguage()
    {
        var flow = await LoggedInAsync();
        await flow.PressAsync("language");
        await flow.PressAsync("en");
        flow.TakeAll();
        await using (var db = _bot.NewContext())
        {
            var identity = await db.ChannelIdentities.SingleAsync();
            db.ChannelIdentities.Add(new ChannelIdentity { Channel = "test", ChannelUserId = "phone-2", ConversationId = "c2", PersonId = identity.PersonId });
            await db.SaveChangesAsync();
        }

        var second = _bot.Flow(conversationId: "c2", userId: "phone-2");
        second.Language = Language.En;
        await second.SendAsync("hello");

        second.AssertReply(Msg.MenuTitle);
    }

    private Task<TestFlow> AtNipPromptAsync() => DemoPeople.AtNipPromptAsync(_bot.Flow());

    private async Task<TestFlow> LoggedInAsync()
    {
        var flow = await DemoPeople.LogInAsync(_bot.Flow());
        flow.TakeAll();
        return flow;
    }
}
