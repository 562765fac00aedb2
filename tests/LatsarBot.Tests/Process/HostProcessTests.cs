using LatsarBot.Bot.Messages;
using LatsarBot.Content;
using LatsarBot.Dialogs;
using LatsarBot.Testing;

namespace LatsarBot.Tests.Process;

/// <summary>The real executable in its own process: surviving kill -9 mid-conversation.</summary>
public sealed class HostProcessTests
{
    private static readonly MessageCatalog Messages = ContentBundle.Load(TestPaths.Content, Core.Mooc.MoocRules.Default).Messages;

    [Fact]
    public async Task KillMinus9_MidOnboarding_ConversationContinuesAtTheSameStep()
    {
        var folder = TestPaths.NewTempFolder();
        var settings = new[] { $"--Database:ConnectionString=Data Source={Path.Combine(folder, "bot.db")}", $"--Content:Path={TestPaths.Content}", "--Demo:Enabled=true" };
        const string conversation = "killtest";

        await using (var first = await HostProcess.StartServerAsync(folder, settings))
        {
            var flow = Flow(first, conversation);
            await flow.SendAsync("/start");
            await flow.PressAsync("id");
            await flow.SendAsync(DemoPeople.Nip);
            flow.TakeAll();

            await first.KillAsync();
        }

        await using var second = await HostProcess.StartServerAsync(folder, settings);
        var resumed = Flow(second, conversation);

        await resumed.SendAsync("123456");

        resumed.AssertReply(Msg.Bound, ("name", "Andi Pratama"));
        resumed.AssertReply(r => Assert.Contains(DemoPeople.Nip, r.Text));
    }

    private static TestFlow Flow(HostProcess host, string conversation)
    {
        var client = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        return new TestFlow(activity => WebChatTransport.PostAsync(client, activity), Messages, "webchat", conversation, new Bot.Activities.ChannelUser("u1"));
    }
}
