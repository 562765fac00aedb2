using System.Net.Http.Json;
using LatsarBot.Bot.Messages;
using LatsarBot.Channels.WebChat;
using LatsarBot.Dialogs;
using LatsarBot.Dialogs.Coaching;
using LatsarBot.Learning.Coaching;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Tests.Coaching;

/// <summary>A coaching thread over the real web chat API: the participant asks, the coach finds it in the list, answers, the participant reads it.</summary>
public sealed class CoachingWebChatTests : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await TestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private MessageCatalog Messages => _host.Services.GetRequiredService<MessageCatalog>();

    [Fact]
    public async Task Thread_ParticipantAsksCoachReplies_BothSeeNamesAndTimes()
    {
        var andi = await WebChatTransport.FlowAsync(_host, Messages);
        var budi = await WebChatTransport.FlowAsync(_host, Messages);
        await LogInAsync(andi, "199001012022031001", "123456");
        await LogInAsync(budi, "197803152005011003", "111111");
        var budiSeen = await LastSequenceAsync(budi);

        await andi.SendAsync("/coach");
        andi.AssertReply(ThreadMsg.AskPrompt, ("coach", "Dr. Budi Santoso, M.Si."));
        await andi.SendAsync("Pak, bolehkah kegiatan 2 saya geser ke minggu depan?");
        andi.AssertReply(r => Assert.StartsWith("✅ Pesan Anda sudah diteruskan ke Dr. Budi Santoso, M.Si.", r.Text, StringComparison.Ordinal));

        var relayed = Assert.Single(await FeedAsync(budi, budiSeen));
        Assert.True(relayed.Proactive);
        Assert.StartsWith("💬 *Andi Pratama* (NDH 1, Kelas A) · ", relayed.Text, StringComparison.Ordinal);
        Assert.Contains(" WIB\nPak, bolehkah kegiatan 2 saya geser ke minggu depan?", relayed.Text, StringComparison.Ordinal);
        Assert.Contains(relayed.Buttons, b => b.Value.StartsWith("thread.reply:", StringComparison.Ordinal));

        await budi.SendAsync("/coach");
        var list = budi.AssertReply(r => Assert.StartsWith("*Peserta bimbingan Anda*\n⏳ *Andi Pratama* — menunggu jawaban sampai ", r.Text, StringComparison.Ordinal));
        Assert.Contains("“Pak, bolehkah kegiatan 2 saya geser ke minggu depan?”", list.Text, StringComparison.Ordinal);
        Assert.Equal("⏳ Andi Pratama", list.Buttons[0].Title);
        await budi.PressAsync(list.Buttons[0].Value);
        var thread = budi.AssertReply(r => Assert.StartsWith("*Percakapan dengan Andi Pratama*\n\n*Andi Pratama* · ", r.Text, StringComparison.Ordinal));
        await budi.PressAsync(thread.Buttons.Single(b => b.Value.StartsWith("thread.reply:", StringComparison.Ordinal)).Value);
        budi.AssertReply(ThreadMsg.ReplyPrompt, ("name", "Andi Pratama"));
        var andiSeen = await LastSequenceAsync(andi);
        await budi.SendAsync("Boleh, asal mentor Anda setuju. Catat perubahannya di rencana.");
        budi.AssertReply(ThreadMsg.ReplySent, ("name", "Andi Pratama"));
        await budi.PressAsync(CoachingValues.List);
        var after = budi.AssertReply(r => Assert.StartsWith("*Peserta bimbingan Anda*\n💬 *Andi Pratama* — ", r.Text, StringComparison.Ordinal));

        var answer = Assert.Single(await FeedAsync(andi, andiSeen));
        Assert.True(answer.Proactive);
        Assert.StartsWith("💬 *Dr. Budi Santoso, M.Si.* (coach) · ", answer.Text, StringComparison.Ordinal);
        Assert.EndsWith(" WIB\nBoleh, asal mentor Anda setuju. Catat perubahannya di rencana.", answer.Text, StringComparison.Ordinal);
        Assert.True(after.Text.Contains("“Boleh, asal mentor Anda setuju.", StringComparison.Ordinal), after.Text);

        await using var db = _host.Database.NewContext();
        var messages = await db.ThreadMessages.OrderBy(m => m.Id).ToListAsync();
        Assert.Equal(2, messages.Count);
        Assert.Equal(2, await db.Outbox.CountAsync(o => o.Key != null && o.Key.StartsWith("thread:")));
        Assert.Null((await db.CoachingThreads.SingleAsync()).DueAt);
    }

    private static async Task LogInAsync(TestFlow flow, string nip, string code)
    {
        await DemoPeople.LogInAsync(flow, nip, code);
        flow.AssertReply(Msg.Welcome);
        flow.TakeAll();
    }

    private async Task<long> LastSequenceAsync(TestFlow flow) =>
        (await WebChatTransport.FeedAsync(_host.Client, WebChatTransport.SessionOf(flow), 0)).Last;

    private async Task<IReadOnlyList<WebChatMessageDto>> FeedAsync(TestFlow flow, long after) =>
        (await WebChatTransport.FeedAsync(_host.Client, WebChatTransport.SessionOf(flow), after)).Messages;
}
