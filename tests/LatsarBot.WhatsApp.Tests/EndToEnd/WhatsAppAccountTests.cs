using LatsarBot.Core.Participants;
using LatsarBot.Data.Conversations;
using LatsarBot.Testing;
using LatsarBot.Testing.FakeWhatsApp;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.WhatsApp.Tests.EndToEnd;

/// <summary>/akun over WhatsApp: the linked channels as reply buttons, and unlinking the web chat with a confirmation.</summary>
public sealed class WhatsAppAccountTests
{
    private const string AndiWaId = "6281200000001";

    [Fact]
    public async Task Akun_BoundByPhoneAndOnWebChat_ListsBoth_UnlinksTheWebChatAfterYes()
    {
        await using var fake = await FakeGraphApiServer.StartAsync();
        await using var database = TestDatabase.Sqlite();
        await using var host = await WhatsAppTestHost.StartAsync(fake, database);
        var chat = new WhatsAppChat(fake, AndiWaId);
        await chat.SayAsync("/start", WhatsAppChat.Offers("id"));
        await chat.TapAsync("id", WhatsAppChat.Offers("yes"));
        await chat.TapAsync("yes", m => m.Count >= 1);
        await chat.SayAsync("01-01-1990", WhatsAppChat.Offers("ok"));
        await chat.TapAsync("ok", WhatsAppChat.Offers("mooc"));
        int webChat;
        await using (var db = database.NewContext())
        {
            var andi = await db.People.SingleAsync(p => p.Nip == Nip.FromTrusted(DemoPeople.Nip));
            var identity = new ChannelIdentity { Channel = "webchat", ChannelUserId = "browser-7f3a", ConversationId = "browser-7f3a", PersonId = andi.Id, BoundAt = DateTimeOffset.UtcNow.AddDays(-1) };
            db.ChannelIdentities.Add(identity);
            db.Conversations.Add(new ConversationRecord { Channel = "webchat", ConversationId = "browser-7f3a", StateJson = "{}", UpdatedAt = DateTimeOffset.UtcNow.AddDays(-1) });
            await db.SaveChangesAsync();
            webChat = identity.Id;
        }

        var list = (await chat.SayAsync("/akun", WhatsAppChat.Offers($"unlink:{webChat}"))).Last();

        Assert.Equal("button", list.InteractiveType);
        Assert.Equal(["Lepas web chat", "Lepas WhatsApp", "⬅️ Kembali"], list.Choices.Select(c => c.Title));
        Assert.Contains("•••7f3a", list.Text);
        Assert.Contains("•••0001", list.Text);
        Assert.DoesNotContain(AndiWaId, list.Text);
        var question = (await chat.TapAsync($"unlink:{webChat}", WhatsAppChat.Offers("yes"))).Last();
        Assert.StartsWith("Lepas web chat (•••7f3a) dari akun Anda?", question.Text);
        var after = await chat.TapAsync("yes", WhatsAppChat.Offers("back"));

        Assert.Contains(after, m => m.Text == "Tautan web chat sudah dilepas dari akun Anda.");
        await using var check = database.NewContext();
        Assert.Equal(["whatsapp"], await check.ChannelIdentities.Select(i => i.Channel).ToListAsync());
    }
}
