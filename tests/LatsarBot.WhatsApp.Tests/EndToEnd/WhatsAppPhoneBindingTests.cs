using LatsarBot.Core.Participants;
using LatsarBot.Testing;
using LatsarBot.Testing.FakeWhatsApp;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.WhatsApp.Tests.EndToEnd;

/// <summary>
/// WhatsApp vouches for the sender's number: a roster participant writing from their own number is offered their
/// account, proves it with the birth date their NIP encodes, and goes on learning; a wrong birth date leads to the code.
/// </summary>
public sealed class WhatsAppPhoneBindingTests
{
    // Andi Pratama's number in the demo roster.
    private const string AndiWaId = "6281200000001";

    [Fact]
    public async Task RosterNumber_YesAndBirthDate_BoundByPhone_ThenStudiesAUnit()
    {
        await using var fake = await FakeGraphApiServer.StartAsync();
        await using var database = TestDatabase.Sqlite();
        await using var host = await WhatsAppTestHost.StartAsync(fake, database);
        var chat = new WhatsAppChat(fake, AndiWaId);

        await chat.SayAsync("/start", WhatsAppChat.Offers("id"));
        var offer = (await chat.TapAsync("id", WhatsAppChat.Offers("yes"))).Last();
        Assert.Contains("Andi Pratama", offer.Text);
        Assert.Contains("031001", offer.Text);
        Assert.DoesNotContain("19900101", offer.Text);
        Assert.Equal(["Ya", "Bukan"], offer.Choices.Select(c => c.Title));
        await chat.TapAsync("yes", m => m.Count >= 1);
        var bound = await chat.SayAsync("01-01-1990", WhatsAppChat.Offers("ok"));
        Assert.Contains(bound, m => m.Text?.Contains("Nomor HP Anda cocok", StringComparison.Ordinal) == true);
        await chat.TapAsync("ok", WhatsAppChat.Offers("mooc"));

        await chat.TapAsync("mooc", WhatsAppChat.Offers("menu"));
        await chat.TapAsync("menu", WhatsAppChat.Offers("next"));
        await chat.TapAsync("next", WhatsAppChat.Offers("studied"));
        await chat.TapAsync("studied", WhatsAppChat.OffersAny);

        await using var db = database.NewContext();
        var identity = await db.ChannelIdentities.Include(i => i.Person).SingleAsync();
        Assert.Equal(("whatsapp", AndiWaId, IdentityProof.ChannelPhone, "Andi Pratama"),
            (identity.Channel, identity.ChannelUserId, identity.Proof, identity.Person!.Name));
        Assert.Contains(await db.UnitProgress.Where(u => u.ParticipantId == identity.PersonId).ToListAsync(), u => u.ConsumedAt != null);
    }

    [Fact]
    public async Task RosterNumber_WrongBirthDates_AskedForTheEnrolmentCode_BoundByCode()
    {
        await using var fake = await FakeGraphApiServer.StartAsync();
        await using var database = TestDatabase.Sqlite();
        await using var host = await WhatsAppTestHost.StartAsync(fake, database);
        var chat = new WhatsAppChat(fake, AndiWaId);
        await chat.SayAsync("/start", WhatsAppChat.Offers("id"));
        await chat.TapAsync("id", WhatsAppChat.Offers("yes"));
        await chat.TapAsync("yes", m => m.Count >= 1);

        await chat.SayAsync("02-01-1990", m => m.Count >= 1);
        await chat.SayAsync("03-01-1990", m => m.Count >= 1);
        var third = await chat.SayAsync("04-01-1990", m => m.Any(r => r.Text?.Contains("kode pendaftaran", StringComparison.Ordinal) == true && r.Text.Contains("6 angka", StringComparison.Ordinal)));
        Assert.Contains(third, m => m.Text?.StartsWith("Tanggal lahir tidak cocok.", StringComparison.Ordinal) == true);
        await using (var before = database.NewContext())
        {
            Assert.Empty(await before.ChannelIdentities.ToListAsync());
        }

        await chat.SayAsync(DemoPeople.Code, WhatsAppChat.Offers("ok"));

        await using var db = database.NewContext();
        Assert.Equal(IdentityProof.EnrolmentCode, (await db.ChannelIdentities.SingleAsync()).Proof);
    }
}
