using LatsarBot.Bot.Messages;
using LatsarBot.Channels.Telegram;
using LatsarBot.Core.Participants;
using LatsarBot.Dialogs;
using LatsarBot.Dialogs.Onboarding;
using LatsarBot.Testing;
using LatsarBot.Testing.FakeTelegram;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Telegram.Tests.EndToEnd;

/// <summary>Onboarding by shared contact, real Telegram.Bot client ↔ fake Bot API ↔ host, in both ways in.</summary>
public sealed class TelegramOnboardingTests
{
    private const long User = 5001;
    private const string DemoNip = "199001012022031001";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Onboarding_OwnContactMatchingRoster_BindsByChannelPhone(bool webhook)
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var database = TestDatabase.Sqlite();
        await using var host = await TelegramTestHost.StartAsync(fake, database, webhook);
        var messages = host.Services.GetRequiredService<MessageCatalog>();

        await StartAndGiveNipAsync(fake);
        var ask = await SentAsync(fake, 5);
        await fake.PushAsync(FakeUpdates.Contact(4, User, "+6281200000001", contactUserId: User));
        var sent = await SentAsync(fake, 7);

        Assert.Equal(Html(messages, ContactMsg.Ask), ask[4].Text);
        Assert.True(ask[4].Body["reply_markup"]!["keyboard"]![0]![0]!["request_contact"]!.GetValue<bool>());
        Assert.Equal(Html(messages, Msg.PhoneVerified, ("name", "Andi Pratama")), sent[5].Text);
        Assert.Contains(fake.Received, r => r.Method == "answerCallbackQuery" && r.Body["callback_query_id"]!.ToString() == "cb2");
        await using var db = database.NewContext();
        var identity = await db.ChannelIdentities.SingleAsync();
        Assert.Equal((TelegramChannel.Name, "5001", IdentityProof.ChannelPhone), (identity.Channel, identity.ChannelUserId, identity.Proof));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Onboarding_SomeoneElsesContact_IsRefusedAndNotBound(bool webhook)
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var database = TestDatabase.Sqlite();
        await using var host = await TelegramTestHost.StartAsync(fake, database, webhook);
        var messages = host.Services.GetRequiredService<MessageCatalog>();
        await StartAndGiveNipAsync(fake);
        await SentAsync(fake, 5);

        await fake.PushAsync(FakeUpdates.Contact(4, User, "+6281200000001", contactUserId: 777));
        var sent = await SentAsync(fake, 7);

        Assert.Equal(Html(messages, ContactMsg.NotOwn), sent[5].Text);
        Assert.Equal(Html(messages, ContactMsg.Ask), sent[6].Text);
        await using var db = database.NewContext();
        Assert.Empty(await db.ChannelIdentities.ToListAsync());
    }

    private static async Task StartAndGiveNipAsync(FakeBotApiServer fake)
    {
        await fake.PushAsync(FakeUpdates.Text(1, User, "/start"));
        await SentAsync(fake, 2);
        await fake.PushAsync(FakeUpdates.Callback(2, User, "id"));
        await SentAsync(fake, 4);
        await fake.PushAsync(FakeUpdates.Text(3, User, DemoNip));
    }

    private static async Task<IReadOnlyList<FakeBotApiRequest>> SentAsync(FakeBotApiServer fake, int count)
    {
        await fake.WaitAsync(r => r.Count(x => x.Method == "sendMessage" && x.ChatId == User) >= count);
        return fake.Sent.Where(x => x.ChatId == User).ToList();
    }

    private static string Html(MessageCatalog messages, string key, params (string, object?)[] args) =>
        TelegramHtml.Render(messages.Text(Language.Id, key, args));
}
