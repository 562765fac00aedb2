using System.Collections.Concurrent;
using System.Text.Json;
using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Outbox;
using LatsarBot.Bot.Storage;
using LatsarBot.Data.Channels;
using LatsarBot.Data.Outbox;
using LatsarBot.Outbox;
using LatsarBot.Testing;
using LatsarBot.WhatsApp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Tests.Outbox;

/// <summary>
/// Two instances, each with its held-message release and its dispatcher, on one PostgreSQL database: the windows of
/// thirty chats with a held message reopen on both at once. Each held row is claimed back to pending by one of them
/// (a conditional UPDATE repeating what was read) and sent by one dispatcher: once.
/// </summary>
public sealed class WhatsAppHeldClaimTests
{
    private const int Chats = 30;

    [Fact]
    public async Task WindowsReopen_TwoInstancesRaceToReleaseAndSend_EachHeldRowSentExactlyOnce()
    {
        var sender = new CountingWhatsAppSender();
        await using var database = await TestDatabase.PostgresAsync();
        await using var bot = await HostHarness.StartAsync(database, s => s.AddSingleton<IOutboxSender>(sender));
        await AddHeldAsync(bot);
        var instances = Enumerable.Range(0, 2).Select(_ =>
        {
            var release = ActivatorUtilities.CreateInstance<WhatsAppHeldRelease>(bot.Services);
            return (Release: release, Dispatcher: ActivatorUtilities.CreateInstance<OutboxDispatcher>(bot.Services, release));
        }).ToList();
        var chats = Enumerable.Range(1, Chats).Select(Chat).ToList();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        async Task<int> RunAsync(WhatsAppHeldRelease release, OutboxDispatcher dispatcher)
        {
            await start.Task;
            release.WindowOpened(chats);
            var handled = 0;
            for (var round = 0; round < 10; round++)
            {
                handled += await dispatcher.DispatchOnceAsync(CancellationToken.None);
            }

            return handled;
        }

        var runs = instances.Select(i => Task.Run(() => RunAsync(i.Release, i.Dispatcher))).ToList();
        start.SetResult();
        await Task.WhenAll(runs);

        Assert.Equal(Chats, sender.Texts.Count);
        Assert.Equal(Chats, sender.Texts.Distinct().Count());
        await using var db = bot.NewContext();
        Assert.Equal(Chats, await db.Outbox.CountAsync(o => o.Status == OutboxStatus.Sent));
    }

    [Fact]
    public async Task TwoReleasesAtOnce_EachHeldRowIsReleasedByExactlyOne()
    {
        await using var database = await TestDatabase.PostgresAsync();
        await using var bot = await HostHarness.StartAsync(database);
        await AddHeldAsync(bot);
        var releases = Enumerable.Range(0, 2).Select(_ => ActivatorUtilities.CreateInstance<WhatsAppHeldRelease>(bot.Services)).ToList();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        async Task<int> ReleaseAsync(WhatsAppHeldRelease release)
        {
            await start.Task;
            await using var db = bot.NewContext();
            return await release.ReleaseAsync(db, CancellationToken.None);
        }

        var runs = releases.Select(r => Task.Run(() => ReleaseAsync(r))).ToList();
        start.SetResult();
        var released = await Task.WhenAll(runs);

        Assert.Equal(Chats, released.Sum());
        await using var check = bot.NewContext();
        Assert.Equal(Chats, await check.Outbox.CountAsync(o => o.Status == OutboxStatus.Pending && o.Channel == "whatsapp"));
    }

    private static string Chat(int n) => $"62812{n:0000000}";

    /// <summary>Each chat: a turn's reply held outside the window, and the chat's inbound message just now (its window open).</summary>
    private static async Task AddHeldAsync(BotHarness bot)
    {
        await using var db = bot.NewContext();
        var now = bot.Time.GetUtcNow();
        for (var n = 1; n <= Chats; n++)
        {
            db.Outbox.Add(new OutboxMessage
            {
                Channel = "whatsapp",
                ConversationId = Chat(n),
                Sequence = 1,
                Kind = OutboxKind.Reply,
                PayloadJson = JsonSerializer.Serialize(new Reply($"held {n}"), StateJson.Options),
                Status = OutboxStatus.Held,
                Outcome = OutboxOutcomes.HeldNoTemplate,
                CreatedAt = now.AddHours(-30),
                NotBefore = now.AddHours(-30),
            });
            db.ChannelValues.Add(new ChannelValue { Channel = "whatsapp", Key = EfWhatsAppStore.InboundKey(Chat(n)), Value = now.ToString("O", System.Globalization.CultureInfo.InvariantCulture), UpdatedAt = now });
        }

        await db.SaveChangesAsync();
    }

    /// <summary>Stands in for the WhatsApp sender (the subject is the claim, not the platform): counts what it was given.</summary>
    private sealed class CountingWhatsAppSender : IOutboxSender
    {
        private readonly ConcurrentQueue<string> _texts = new();

        public List<string> Texts => [.. _texts];

        public string Channel => "whatsapp";

        public Task<SendOutcome> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
        {
            _texts.Enqueue(message.Reply.Text);
            return Task.FromResult(SendOutcome.Sent);
        }
    }
}
