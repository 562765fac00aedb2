using System.Text.Json;
using LatsarBot.Bot.Dialogs;
using LatsarBot.Bot.Pipeline;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Bot.Tests.Dialogs;

public sealed class ComponentDialogTests
{
    [Fact]
    public async Task Component_InnerFlowAcrossARestart_OneFrameOutsideAndCompletes()
    {
        await using var database = TestDatabase.Sqlite();
        await using (var before = await StartAsync(database))
        {
            var flow = before.Flow(conversationId: "c1", userId: "u1");
            await flow.SendAsync("hai");
            await flow.SendAsync("Sari");
            flow.TakeAll();
        }

        await using var after = await StartAsync(database);
        var resumed = after.Flow(conversationId: "c1", userId: "u1");
        var stack = await StackAsync(after);

        await resumed.SendAsync("25");
        await resumed.PressAsync("yes");

        var frame = Assert.Single(stack);
        Assert.Equal(SurveyComponent.DialogId, frame.GetProperty("id").GetString());
        resumed.AssertReply(r => Assert.Equal("Sari, 25: benar?", r.Text));
        resumed.AssertReply(r => Assert.Equal("Selesai", r.Text));
        Assert.Empty(await StackAsync(after));
    }

    [Fact]
    public async Task Component_Reprompt_AsksTheInnerQuestionAgain()
    {
        await using var bot = await StartAsync(null);
        var flow = bot.Flow();
        await flow.SendAsync("hai");
        flow.TakeAll();
        var context = new DialogContext(new Turn(flow.NewActivity(), new Storage.ConversationState(), bot.Messages, bot.Time.GetUtcNow()), new DialogSet([new SurveyComponent()]));
        await context.BeginAsync(SurveyComponent.DialogId, null, CancellationToken.None);

        await context.RepromptAsync(CancellationToken.None);

        Assert.Equal(["Nama?", "Nama?"], context.Turn.Replies.Select(r => r.Text));
    }

    private static async Task<List<JsonElement>> StackAsync(BotHarness bot)
    {
        await using var db = bot.NewContext();
        var state = JsonDocument.Parse((await db.Conversations.SingleAsync()).StateJson).RootElement;
        return [.. state.GetProperty("stack").EnumerateArray()];
    }

    private static Task<BotHarness> StartAsync(TestDatabase? database) =>
        BotHarness.StartAsync(database, services =>
        {
            services.AddDialog<SurveyComponent>(SurveyComponent.DialogId);
            services.ReplaceScoped<ITurnHandler, SurveyComponentHandler>();
        });
}
