using System.CommandLine;
using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Outbox;
using LatsarBot.Bot.Pipeline;
using LatsarBot.Content;

namespace LatsarBot.Cli;

/// <summary>`chat`: talk to the bot in the terminal, through the same pipeline and database as every channel.</summary>
public static class ChatCommand
{
    public const string Channel = "cli";

    public static Command Build()
    {
        var user = new Option<string>("--user") { Description = "Who you are in this terminal conversation.", DefaultValueFactory = _ => Environment.UserName };
        var command = new Command("chat", "Talk to the bot in the terminal (buttons are numbered; type the number).") { user };
        command.SetAction((result, cancellationToken) => RunAsync(result.GetValue(user)!, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string user, CancellationToken cancellationToken)
    {
        var configuration = CliHost.Configuration();
        await using var services = await CliHost.TryStartAsync(configuration, Console.Error, s => s.AddSingleton<IOutboxSender, TerminalSender>());
        if (services is null)
        {
            return 1;
        }

        var pipeline = services.GetRequiredService<TurnPipeline>();
        var dispatcher = services.GetRequiredService<Outbox.OutboxDispatcher>();
        Console.WriteLine("LatsarBot chat — type /start to begin, Ctrl+D to leave.");
        while (await Console.In.ReadLineAsync(cancellationToken) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var activity = new Activity
            {
                Channel = Channel,
                ConversationId = "cli-" + user,
                From = new ChannelUser(user),
                Text = line,
            };
            var outcome = await pipeline.ProcessAsync(activity, cancellationToken);
            foreach (var reply in outcome.Replies)
            {
                Print(reply.Reply);
            }

            await dispatcher.DispatchOnceAsync(cancellationToken);
        }

        return 0;
    }

    private static void Print(Reply reply)
    {
        Console.WriteLine();
        Console.WriteLine("🤖 " + reply.Text.Replace("*", "", StringComparison.Ordinal));
        for (var i = 0; i < reply.Buttons.Count; i++)
        {
            Console.WriteLine($"   [{i + 1}] {reply.Buttons[i].Title}");
        }

        foreach (var attachment in reply.Attachments)
        {
            Console.WriteLine($"   📎 {attachment.Name ?? attachment.Kind.ToString()}: {attachment.Url}");
        }
    }

    /// <summary>Replies are printed as the turn returns them; the outbox rows only need marking as delivered.</summary>
    private sealed class TerminalSender : IOutboxSender
    {
        public string Channel => ChatCommand.Channel;

        public Task<SendOutcome> SendAsync(OutgoingMessage message, CancellationToken cancellationToken) => Task.FromResult(SendOutcome.Sent);
    }
}
