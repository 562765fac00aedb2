using LatsarBot.Bot.Messages;
using LatsarBot.Channels.WebChat;
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
        WebChatSession session;

        await using (var first = await HostProcess.StartServerAsync(folder, settings))
        {
            session = await WebChatTransport.StartSessionAsync(Client(first));
            var flow = WebChatTransport.Flow(Client(first), session, Messages, "u1");
            await flow.SendAsync("/start");
            await flow.PressAsync("id");
            await flow.SendAsync(DemoPeople.Nip);
            flow.TakeAll();

            await first.KillAsync();
        }

        await using var second = await HostProcess.StartServerAsync(folder, settings);
        // The token outlives the process: Data Protection's key ring is on disk.
        var resumed = WebChatTransport.Flow(Client(second), session, Messages, "u1");

        await resumed.SendAsync("123456");

        resumed.AssertReply(Msg.Bound, ("name", "Andi Pratama"));
        resumed.AssertReply(r => Assert.Contains(DemoPeople.Nip, r.Text));
    }

    private static HttpClient Client(HostProcess host) => new() { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
}
