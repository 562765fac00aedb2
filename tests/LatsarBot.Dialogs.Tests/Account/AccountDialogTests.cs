using LatsarBot.Bot.Channels;
using LatsarBot.Core.Participants;
using LatsarBot.Data.Conversations;
using LatsarBot.Dialogs.Account;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Dialogs.Tests.Account;

/// <summary>/akun: a person's linked channels, and unlinking one only after a confirmation that says what it means.</summary>
public sealed class AccountDialogTests : IAsyncLifetime
{
    private const string AndiWaId = "6281200000001";
    private BotHarness _bot = null!;

    // The channels as their adapters declare them, so the list names them the way people do.
    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync(overrides: s => s
        .AddSingleton(new ChannelCapabilities("webchat", "web chat", 4096, ButtonsPerRow: 3, GroupTopics: false, NeedsTemplatesOutsideWindow: false))
        .AddSingleton(new ChannelCapabilities("whatsapp", "WhatsApp", 4096, ButtonsPerRow: 1, GroupTopics: false, NeedsTemplatesOutsideWindow: true)));

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Akun_WebChatAndWhatsApp_ListsBothMaskedWithLastUseAndThisChatMarked()
    {
        var flow = await DemoPeople.LoggedInAsync(_bot, "webchat");
        var whatsApp = await AddWhatsAppAsync(_bot.Time.GetUtcNow().AddDays(-1));

        await flow.SendAsync("/akun");

        var list = flow.AssertReply(r => Assert.StartsWith("*Akun tertaut* (2):", r.Text, StringComparison.Ordinal));
        Assert.Contains("- WhatsApp · •••0001 · terakhir dipakai 01/03/2026 08:00 WIB\n", list.Text, StringComparison.Ordinal);
        Assert.Contains($"- web chat · •••{flow.User.Id[^4..]} · terakhir dipakai 02/03/2026 08:00 WIB _(chat ini)_", list.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(AndiWaId, list.Text, StringComparison.Ordinal);
        Assert.Equal(["Lepas web chat", "Lepas WhatsApp", "⬅️ Kembali"], list.Buttons.Select(b => b.Title));
        Assert.Contains($"unlink:{whatsApp}", list.Buttons.Select(b => b.Value));
    }

    [Fact]
    public async Task Unlink_AnotherChannel_AfterYes_ItIsGoneAndThisChatStays()
    {
        var flow = await DemoPeople.LoggedInAsync(_bot, "webchat");
        var whatsApp = await AddWhatsAppAsync(_bot.Time.GetUtcNow());
        await flow.SendAsync("/akun");
        flow.TakeAll();

        await flow.PressAsync($"unlink:{whatsApp}");
        flow.AssertReply(AccountMsg.ConfirmOther, ("channel", "WhatsApp"), ("id", "•••0001"));
        await flow.PressAsync("yes");

        flow.AssertReply(AccountMsg.Unlinked, ("channel", "WhatsApp"));
        flow.AssertReply(r => Assert.StartsWith("*Akun tertaut* (1):", r.Text, StringComparison.Ordinal));
        await using var db = _bot.NewContext();
        Assert.Equal(["webchat"], await db.ChannelIdentities.Select(i => i.Channel).ToListAsync());
    }

    [Fact]
    public async Task Unlink_ThisChat_WarnedThenSignedOut_NextMessageStartsOnboarding()
    {
        var flow = await DemoPeople.LoggedInAsync(_bot, "webchat");
        await AddWhatsAppAsync(_bot.Time.GetUtcNow());
        await flow.SendAsync("/akun");
        var current = flow.TakeAll()[^1].Buttons.First(b => b.Title == "Lepas web chat").Value;

        await flow.PressAsync(current);
        flow.AssertReply(AccountMsg.ConfirmCurrent);
        await flow.PressAsync("yes");

        flow.AssertReply(AccountMsg.UnlinkedCurrent);
        flow.AssertNoReply();
        await using (var db = _bot.NewContext())
        {
            Assert.Equal(["whatsapp"], await db.ChannelIdentities.Select(i => i.Channel).ToListAsync());
        }

        await flow.SendAsync("halo");
        flow.AssertReply(Msg.Welcome);
    }

    [Fact]
    public async Task Unlink_TheOnlyOne_AskedExplicitly_CancelKeepsIt()
    {
        var flow = await DemoPeople.LoggedInAsync(_bot, "webchat");
        await flow.SendAsync("/akun");
        var only = flow.TakeAll()[^1].Buttons.First(b => b.Value.StartsWith("unlink:", StringComparison.Ordinal)).Value;

        await flow.PressAsync(only);
        var question = flow.AssertReply(AccountMsg.ConfirmLast);
        Assert.Equal(["yes", "back"], question.Buttons.Select(b => b.Value));
        await flow.PressAsync("back");

        flow.AssertReply(AccountMsg.Kept);
        await using var db = _bot.NewContext();
        Assert.Single(await db.ChannelIdentities.ToListAsync());
    }

    [Fact]
    public async Task Unlink_SomeoneElsesIdentity_ForgedButton_NothingRemoved()
    {
        var flow = await DemoPeople.LoggedInAsync(_bot, "webchat");
        int siti;
        await using (var db = _bot.NewContext())
        {
            var person = await db.People.SingleAsync(p => p.Nip == Nip.FromTrusted("199505152022032002"));
            var identity = new ChannelIdentity { Channel = "telegram", ChannelUserId = "424242", ConversationId = "424242", PersonId = person.Id, BoundAt = _bot.Time.GetUtcNow() };
            db.ChannelIdentities.Add(identity);
            await db.SaveChangesAsync();
            siti = identity.Id;
        }

        await flow.SendAsync("/akun");
        flow.TakeAll();
        await flow.PressAsync($"unlink:{siti}");
        await flow.PressAsync("yes");

        Assert.DoesNotContain(flow.TakeAll(), r => r.Text.Contains("dilepas", StringComparison.Ordinal) || r.Text.StartsWith("Lepas", StringComparison.Ordinal));
        await using var after = _bot.NewContext();
        Assert.True(await after.ChannelIdentities.AnyAsync(i => i.Id == siti));
    }

    [Fact]
    public async Task Unlink_StaleButton_AccountAlreadyGone_SaysSoAndListsAgain()
    {
        var flow = await DemoPeople.LoggedInAsync(_bot, "webchat");
        var whatsApp = await AddWhatsAppAsync(_bot.Time.GetUtcNow());
        await flow.SendAsync("/akun");
        flow.TakeAll();
        await using (var db = _bot.NewContext())
        {
            await db.ChannelIdentities.Where(i => i.Id == whatsApp).ExecuteDeleteAsync();
        }

        await flow.PressAsync($"unlink:{whatsApp}");

        flow.AssertReply(AccountMsg.Gone);
        flow.AssertReply(r => Assert.StartsWith("*Akun tertaut* (1):", r.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Akun_Stranger_ToldToLogInFirst()
    {
        var flow = _bot.Flow("webchat");

        await flow.SendAsync("/akun");

        flow.AssertReply(Msg.NeedLogin);
    }

    [Fact]
    public async Task Menu_HasTheLinkedAccountsEntry_WhichOpensTheList()
    {
        var flow = await DemoPeople.LoggedInAsync(_bot, "webchat");
        await flow.SendAsync("/menu");
        flow.TakeAll();

        await flow.PressAsync("accounts");

        flow.AssertReply(r => Assert.StartsWith("*Akun tertaut* (1):", r.Text, StringComparison.Ordinal));
    }

    private async Task<int> AddWhatsAppAsync(DateTimeOffset lastUsed)
    {
        await using var db = _bot.NewContext();
        var andi = await db.People.SingleAsync(p => p.Nip == Nip.FromTrusted(DemoPeople.Nip));
        var identity = new ChannelIdentity
        {
            Channel = "whatsapp", ChannelUserId = AndiWaId, ConversationId = AndiWaId, PersonId = andi.Id, Proof = IdentityProof.ChannelPhone,
            BoundAt = lastUsed, LastActiveAt = lastUsed,
        };
        db.ChannelIdentities.Add(identity);
        db.Conversations.Add(new ConversationRecord { Channel = "whatsapp", ConversationId = AndiWaId, StateJson = "{}", UpdatedAt = lastUsed });
        await db.SaveChangesAsync();
        return identity.Id;
    }
}
