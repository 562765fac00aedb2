using LatsarBot.Bot.Dialogs;
using LatsarBot.Bot.Pipeline;
using LatsarBot.Bot.Prompts;
using LatsarBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Bot.Tests.Dialogs;

public sealed class DialogEngineTests
{
    [Fact]
    public async Task Waterfall_HostRestartedMidFlow_ContinuesAtTheSameStep()
    {
        await using var database = TestDatabase.Sqlite();
        await using (var before = await StartAsync(database, version: 1))
        {
            var flow = before.Flow(conversationId: "c1", userId: "u1");
            await flow.SendAsync("hai");
            flow.AssertReply(r => Assert.Equal("Nama?", r.Text));
            await flow.SendAsync("Budi");
            flow.AssertReply(r => Assert.Equal("Umur?", r.Text));
        }

        await using var after = await StartAsync(database, version: 1);
        var resumed = after.Flow(conversationId: "c1", userId: "u1");

        await resumed.SendAsync("20");

        resumed.AssertReply(r => Assert.Equal("Budi, 20: benar?", r.Text));
        await resumed.PressAsync("yes");
        resumed.AssertReply(r => Assert.Equal("Selesai", r.Text));
        resumed.AssertNoReply();
    }

    [Fact]
    public async Task Prompt_ValidatorRejects_ReasksWithItsLineAndCountsAttempts()
    {
        await using var bot = await StartAsync(null, version: 1);
        var flow = bot.Flow();
        await flow.SendAsync("hai");
        await flow.SendAsync("Budi");
        flow.TakeAll();

        await flow.SendAsync("10");
        await flow.SendAsync("sepuluh");
        await flow.SendAsync("12");

        flow.AssertReply(r => Assert.Equal("Minimal 18 (percobaan 1)", r.Text));
        flow.AssertReply(r => Assert.Equal($"{bot.Messages.Text(Core.Participants.Language.Id, Prompt<string>.RetryMessageKey)}\n\nUmur?", r.Text));
        flow.AssertReply(r => Assert.Equal("Minimal 18 (percobaan 3)", r.Text));
    }

    [Fact]
    public async Task Confirm_No_LoopsBackToTheFirstStep()
    {
        await using var bot = await StartAsync(null, version: 1);
        var flow = bot.Flow();
        await flow.SendAsync("hai");
        await flow.SendAsync("Budi");
        await flow.SendAsync("30");
        flow.TakeAll();

        await flow.SendAsync("tidak");

        flow.AssertReply(r => Assert.Equal("Diulang", r.Text));
        flow.AssertReply(r => Assert.Equal("Nama?", r.Text));
    }

    [Fact]
    public async Task Version_ChangedWhileWaiting_RestartsCleanlyWithANotice()
    {
        await using var database = TestDatabase.Sqlite();
        await using (var old = await StartAsync(database, version: 1))
        {
            var flow = old.Flow(conversationId: "c1", userId: "u1");
            await flow.SendAsync("hai");
            await flow.SendAsync("Budi");
        }

        await using var upgraded = await StartAsync(database, version: 2);
        var resumed = upgraded.Flow(conversationId: "c1", userId: "u1");

        await resumed.SendAsync("20");

        resumed.AssertReply(DialogManager.RestartedMessageKey);
        resumed.AssertReply(r => Assert.Equal("Nama?", r.Text));
        resumed.AssertNoReply();
    }

    private static Task<BotHarness> StartAsync(TestDatabase? database, int version) =>
        BotHarness.StartAsync(database, services =>
        {
            services.AddSingleton(new SurveyVersion(version));
            services.AddDialog<SurveyDialog>(SurveyDialog.DialogId);
            services.AddDialog(new NumberPrompt("age", SurveyDialog.AdultAsync));
            services.AddDialog(new TextPrompt("text"));
            services.AddDialog(new ConfirmPrompt("confirm"));
            services.ReplaceScoped<ITurnHandler, SurveyHandler>();
        });
}
